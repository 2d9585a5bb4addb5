package com.slotledger.command.identity;

import com.slotledger.api.identity.IdentityCommands.ChangePassword;
import com.slotledger.api.identity.IdentityCommands.DisableUser;
import com.slotledger.api.identity.IdentityCommands.GrantRole;
import com.slotledger.api.identity.IdentityCommands.RegisterUser;
import com.slotledger.api.identity.IdentityCommands.RevokeRole;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Role;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.CommandReceipt;
import com.slotledger.command.shared.Ids;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.Set;

@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserController {

    private final CommandDispatcher dispatcher;
    private final Passwords passwords;
    private final Clock clock;

    UserController(CommandDispatcher dispatcher, Passwords passwords, Clock clock) {
        this.dispatcher = dispatcher;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Post
    @Secured("ADMIN")
    HttpResponse<CommandReceipt> register(@Valid @Body NewUser body, Actor actor) {
        RegisterUser command = new RegisterUser(Ids.newId(), body.username(), passwords.hash(body.password()),
                body.roles(), body.centreId(), body.companyId(), actor.userId(), clock.instant());
        return HttpResponse.created(dispatcher.send(command, actor));
    }

    @Post("/{id}/roles")
    @Secured("ADMIN")
    CommandReceipt grant(@PathVariable String id, @Valid @Body RoleChange body, Actor actor) {
        return dispatcher.send(new GrantRole(id, body.role(), actor.userId(), clock.instant()), actor);
    }

    @Delete("/{id}/roles/{role}")
    @Secured("ADMIN")
    CommandReceipt revoke(@PathVariable String id, @PathVariable Role role, Actor actor) {
        return dispatcher.send(new RevokeRole(id, role, actor.userId(), clock.instant()), actor);
    }

    @Post("/{id}/disable")
    @Secured("ADMIN")
    CommandReceipt disable(@PathVariable String id, Actor actor) {
        return dispatcher.send(new DisableUser(id, actor.userId(), clock.instant()), actor);
    }

    /** An admin sets anyone's password; every other user only their own. */
    @Put("/{id}/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    CommandReceipt changePassword(@PathVariable String id, @Valid @Body NewPassword body, Actor actor) {
        if (!actor.has(Role.ADMIN) && !actor.userId().equals(id)) {
            throw new DomainRejection(ErrorCode.FORBIDDEN, "You may change only your own password.");
        }
        return dispatcher.send(new ChangePassword(id, passwords.hash(body.password()), actor.userId(), clock.instant()), actor);
    }

    @Introspected
    record NewUser(@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
                   @NotBlank @Size(min = Passwords.MIN_LENGTH, max = 72) String password,
                   @NotEmpty Set<@NotNull Role> roles,
                   @Nullable @Size(max = 64) String centreId, @Nullable @Size(max = 64) String companyId) {
        @Override
        public String toString() {
            return "NewUser[username=" + username + "]";
        }
    }

    @Introspected
    record RoleChange(@NotNull Role role) {
    }

    @Introspected
    record NewPassword(@NotBlank @Size(min = Passwords.MIN_LENGTH, max = 72) String password) {
        @Override
        public String toString() {
            return "NewPassword[***]";
        }
    }
}
