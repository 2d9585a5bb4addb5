package com.slotledger.app.security;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.validator.RefreshTokenValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/** Logout revokes the refresh token; the short-lived access token simply expires. */
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class LogoutController {

    private final RefreshTokenValidator validator;
    private final RefreshTokens refreshTokens;

    LogoutController(RefreshTokenValidator validator, RefreshTokens refreshTokens) {
        this.validator = validator;
        this.refreshTokens = refreshTokens;
    }

    @Post("/logout")
    HttpResponse<Void> logout(@Valid @Body LogoutRequest body) {
        String token = validator.validate(body.refreshToken()).orElseThrow(() -> invalid());
        if (!refreshTokens.revoke(token)) {
            throw invalid();
        }
        return HttpResponse.noContent();
    }

    private static DomainRejection invalid() {
        return new DomainRejection(ErrorCode.UNAUTHENTICATED, "The refresh token is invalid, revoked or unknown.");
    }

    @Introspected
    record LogoutRequest(@NotBlank String refreshToken) {
        @Override
        public String toString() {
            return "LogoutRequest[***]";
        }
    }
}
