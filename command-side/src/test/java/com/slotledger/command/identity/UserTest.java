package com.slotledger.command.identity;

import com.slotledger.api.identity.IdentityCommands.ChangePassword;
import com.slotledger.api.identity.IdentityCommands.DisableUser;
import com.slotledger.api.identity.IdentityCommands.GrantRole;
import com.slotledger.api.identity.IdentityCommands.RegisterUser;
import com.slotledger.api.identity.IdentityCommands.RevokeRole;
import com.slotledger.api.identity.IdentityEvents.PasswordChanged;
import com.slotledger.api.identity.IdentityEvents.RoleGranted;
import com.slotledger.api.identity.IdentityEvents.RoleRevoked;
import com.slotledger.api.identity.IdentityEvents.UserDisabled;
import com.slotledger.api.identity.IdentityEvents.UserRegistered;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.slotledger.command.shared.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class UserTest {

    private static final Instant T = Instant.parse("2026-11-23T08:00:00Z");

    private AggregateTestFixture<User> fixture;
    private RecordingCredentials credentials;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        credentials = new RecordingCredentials();
        fixture.registerAnnotatedCommandHandler(new UserAccounts(fixture.getRepository(), credentials, companyId -> {
            credentials.calls.add("company " + companyId);
            if (!companyId.equals("acme")) {
                throw new DomainRejection(ErrorCode.COMPANY_NOT_FOUND, "No company " + companyId + ".");
            }
        }));
    }

    private static UserRegistered registered(Role... roles) {
        return new UserRegistered("u", "ann", Set.of(roles), null, null, "sys", T);
    }

    @Test
    void aCompanyUserIsRegisteredOnlyForACompanyTheRegistryAccepts() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser("u", "rita", "$2a$hash", Set.of(Role.RECRUITER), null, "acme", "sys", T))
                .expectEvents(new UserRegistered("u", "rita", Set.of(Role.RECRUITER), null, "acme", "sys", T));
        assertEquals(List.of("company acme", "claim rita"), credentials.calls);
    }

    @Test
    void aUserOfAnUnknownCompanyIsRefusedBeforeItsUsernameIsClaimed() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser("u", "rita", "$2a$hash", Set.of(Role.RECRUITER), null, "nowhere", "sys", T))
                .expectNoEvents()
                .expectException(rejected("COMPANY_NOT_FOUND"));
        assertEquals(List.of("company nowhere"), credentials.calls);
    }

    @Test
    void grantingARoleAppliesItAndUpdatesTheCredentials() {
        fixture.given(registered(Role.CANDIDATE))
                .when(new GrantRole("u", Role.AUDITOR, "sys", T))
                .expectEvents(new RoleGranted("u", Role.AUDITOR, "sys", T));
        assertEquals(List.of("roles u [CANDIDATE, AUDITOR]"), credentials.calls);
    }

    @Test
    void grantingARoleTheUserAlreadyHasIsRefused() {
        fixture.given(registered(Role.ADMIN))
                .when(new GrantRole("u", Role.ADMIN, "sys", T))
                .expectNoEvents()
                .expectException(rejected("ROLE_ALREADY_GRANTED"));
        assertEquals(List.of(), credentials.calls);
    }

    @Test
    void revokingARoleTheUserLacksIsRefused() {
        fixture.given(registered(Role.ADMIN))
                .when(new RevokeRole("u", Role.AUDITOR, "sys", T))
                .expectException(rejected("ROLE_NOT_GRANTED"));
    }

    @Test
    void revokingARoleRemovesIt() {
        fixture.given(registered(Role.ADMIN, Role.AUDITOR))
                .when(new RevokeRole("u", Role.ADMIN, "sys", T))
                .expectEvents(new RoleRevoked("u", Role.ADMIN, "sys", T));
        assertEquals(List.of("roles u [AUDITOR]"), credentials.calls);
    }

    @Test
    void aDisabledUserCannotBeChanged() {
        fixture.given(registered(Role.CANDIDATE), new UserDisabled("u", "sys", T))
                .when(new ChangePassword("u", "$2a$hash", "u", T))
                .expectNoEvents()
                .expectException(rejected("USER_DISABLED"));
    }

    @Test
    void disablingAndPasswordChangesAreFactsWithoutSecrets() {
        fixture.given(registered(Role.CANDIDATE))
                .when(new ChangePassword("u", "$2a$hash", "u", T))
                .expectEvents(new PasswordChanged("u", "u", T));
        fixture.given(registered(Role.CANDIDATE))
                .when(new DisableUser("u", "sys", T))
                .expectEvents(new UserDisabled("u", "sys", T));
        assertEquals(List.of("password u", "disable u"), credentials.calls);
    }

    /** Stands in for the credentials table in these decision tests; HTTP tests cover the real one. */
    static final class RecordingCredentials extends CredentialStore {
        final List<String> calls = new ArrayList<>();

        RecordingCredentials() {
            super(null);
        }

        @Override
        void updateRoles(String userId, Set<Role> roles) {
            calls.add("roles " + userId + " " + new java.util.TreeSet<>(roles));
        }

        @Override
        void claim(RegisterUser command) {
            calls.add("claim " + command.username());
        }

        @Override
        void disable(String userId) {
            calls.add("disable " + userId);
        }

        @Override
        void changePassword(String userId, String hash) {
            calls.add("password " + userId);
        }
    }
}
