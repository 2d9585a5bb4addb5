package com.slotledger.app.security;

import com.slotledger.api.shared.Sha256;
import com.slotledger.command.identity.CredentialStore;
import com.slotledger.command.shared.Jdbc;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * Issued refresh tokens, kept as SHA-256 hashes. A refresh re-reads the user, so a disabled account or a
 * revoked role takes effect at the next refresh; a revoked or unknown token gets invalid_grant.
 */
@Singleton
class RefreshTokens implements RefreshTokenPersistence {

    private final Jdbc jdbc;
    private final CredentialStore credentials;
    private final Clock clock;

    RefreshTokens(Jdbc jdbc, CredentialStore credentials, Clock clock) {
        this.jdbc = jdbc;
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        jdbc.update("INSERT INTO refresh_tokens (token_hash, user_id, issued_at) VALUES (?,?,?) ON CONFLICT DO NOTHING",
                Sha256.hex(event.getRefreshToken()), event.getAuthentication().getName(), Timestamp.from(clock.instant()));
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        return Mono.fromCallable(() -> authenticate(refreshToken)).subscribeOn(Schedulers.boundedElastic());
    }

    /** Revokes the token; answers whether it was live. */
    boolean revoke(String refreshToken) {
        return jdbc.update("UPDATE refresh_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()), Sha256.hex(refreshToken)) > 0;
    }

    private Authentication authenticate(String refreshToken) {
        String userId = jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT user_id FROM refresh_tokens WHERE token_hash = ? AND revoked_at IS NULL")) {
                statement.setString(1, Sha256.hex(refreshToken));
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
        if (userId == null) {
            throw new OauthErrorResponseException(IssuingAnAccessTokenErrorCode.INVALID_GRANT,
                    "The refresh token is revoked or unknown.", null);
        }
        return credentials.byUserId(userId).filter(credential -> !credential.disabled())
                .map(TokenClaims::authentication)
                .orElseThrow(() -> new OauthErrorResponseException(IssuingAnAccessTokenErrorCode.INVALID_GRANT,
                        "The account is disabled.", null));
    }

}
