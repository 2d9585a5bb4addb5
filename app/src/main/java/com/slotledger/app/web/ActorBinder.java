package com.slotledger.app.web;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.Role;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Lets controllers declare an {@link Actor} parameter: the authenticated user with roles and scopes, plus the
 * request and correlation ids (from X-Request-Id / X-Correlation-Id, else fresh).
 */
@Singleton
class ActorBinder implements TypedRequestArgumentBinder<Actor> {

    static final String REQUEST_ID = "X-Request-Id";
    static final String CORRELATION_ID = "X-Correlation-Id";

    @Override
    public Argument<Actor> argumentType() {
        return Argument.of(Actor.class);
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> source) {
        Optional<Authentication> authentication = source.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return BindingResult.unsatisfied();
        }
        Authentication user = authentication.get();
        String requestId = Optional.ofNullable(source.getHeaders().get(REQUEST_ID)).filter(id -> id.length() <= 128)
                .orElseGet(() -> UUID.randomUUID().toString());
        String correlationId = Optional.ofNullable(source.getHeaders().get(CORRELATION_ID))
                .filter(id -> id.length() <= 128).orElse(requestId);
        Actor actor = new Actor(user.getName(), attribute(user, "username"), roles(user), attribute(user, "centreId"),
                attribute(user, "companyId"), requestId, correlationId);
        return () -> Optional.of(actor);
    }

    private static String attribute(Authentication user, String name) {
        Object value = user.getAttributes().get(name);
        return value == null ? null : value.toString();
    }

    private static Set<Role> roles(Authentication user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : user.getRoles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException ignored) {
                // a token from an older role set: the unknown role grants nothing
            }
        }
        return roles;
    }
}
