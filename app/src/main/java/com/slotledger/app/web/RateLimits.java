package com.slotledger.app.web;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Token buckets per key, refilled continuously: logins per (address, username) strictly, other API calls per
 * token (or per address without one). In memory, so each node limits on its own.
 */
@Singleton
class RateLimits {

    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int loginPerMinute;
    private final int apiPerMinute;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(Clock clock, @Value("${slotledger.rate-limit.login-per-minute:10}") int loginPerMinute,
               @Value("${slotledger.rate-limit.api-per-minute:1200}") int apiPerMinute) {
        this.clock = clock;
        this.loginPerMinute = loginPerMinute;
        this.apiPerMinute = apiPerMinute;
    }

    /** Zero when the call may go ahead, else how long to wait before the next one will. */
    Duration takeLogin(String key) {
        return take("login:" + key, loginPerMinute);
    }

    Duration takeApi(String key) {
        return take("api:" + key, apiPerMinute);
    }

    private Duration take(String key, int perMinute) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            double rate = perMinute / 60_000.0;
            // a clock set back (NTP, or a test's clock) must not drain the bucket
            bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, now - bucket.at) * rate);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofMillis((long) Math.ceil((1 - bucket.tokens) / rate));
        }
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
