package com.slotledger.app.security;

import com.slotledger.api.identity.IdentityCommands.RegisterUser;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.Role;
import com.slotledger.command.identity.CredentialStore;
import com.slotledger.command.identity.Passwords;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.Ids;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;

/**
 * First start: creates the {@code admin} user with SLOTLEDGER_ADMIN_PASSWORD, else a generated password
 * printed once. Two nodes starting together race on the unique username; the loser does nothing.
 */
@Singleton
class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final CredentialStore credentials;
    private final CommandDispatcher dispatcher;
    private final Passwords passwords;
    private final Clock clock;
    private final String configuredPassword;

    AdminBootstrap(CredentialStore credentials, CommandDispatcher dispatcher, Passwords passwords, Clock clock,
                   @Nullable @Value("${slotledger.admin-password:}") String configuredPassword) {
        this.credentials = credentials;
        this.dispatcher = dispatcher;
        this.passwords = passwords;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        ensureAdmin();
    }

    void ensureAdmin() {
        if (credentials.byUsername("admin").isPresent()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        try {
            dispatcher.send(new RegisterUser(Ids.newId(), "admin", passwords.hash(password), Set.of(Role.ADMIN), null,
                    null, Actor.SYSTEM_ID, clock.instant()), Actor.system(Ids.newId()));
        } catch (DomainRejection alreadyCreatedByAnotherNode) {
            return;
        }
        if (generated) {
            LOG.warn("Created user 'admin' with generated password: {}  (shown once; set SLOTLEDGER_ADMIN_PASSWORD to choose it)", password);
        } else {
            LOG.info("Created user 'admin' with the password from SLOTLEDGER_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
