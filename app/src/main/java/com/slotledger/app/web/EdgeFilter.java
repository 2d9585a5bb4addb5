package com.slotledger.app.web;

import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Sha256;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.time.Duration;

/**
 * Before anything else, rate limits: logins per client address strictly, API calls per bearer token (per address
 * without one); past the limit a 429 problem with Retry-After. On the way out, security headers on every response.
 */
@ServerFilter("/**")
class EdgeFilter implements Ordered {

    private static final String LOGIN = "/api/v1/auth/login";

    private final RateLimits limits;

    EdgeFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        String path = request.getPath();
        if (!path.startsWith("/api/")) {
            return null;
        }
        String address = request.getRemoteAddress().getAddress().getHostAddress();
        Duration wait;
        if (path.equals(LOGIN)) {
            wait = limits.takeLogin(address);
        } else {
            String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
            wait = limits.takeApi(authorization == null ? address : Sha256.hex(authorization));
        }
        return wait.isZero() ? null : tooMany(request, wait);
    }

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "no-referrer");
        if (request.getPath().startsWith("/api/")) {
            response.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.header("Cache-Control", "no-store");
        }
    }


    private static MutableHttpResponse<?> tooMany(HttpRequest<?> request, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        Problem problem = Problems.problem(ErrorCode.RATE_LIMITED, "Too many requests; retry in " + seconds + " s.",
                request, null);
        return Problems.respond(HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS), problem)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    }
}
