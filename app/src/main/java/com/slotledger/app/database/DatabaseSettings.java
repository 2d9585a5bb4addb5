package com.slotledger.app.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the database is. No URL means embedded PostgreSQL in {@code dataDir}; durable unless told otherwise
 * (tests turn durability off for speed, never the app).
 */
@ConfigurationProperties("slotledger.database")
public record DatabaseSettings(@Nullable String url, @Nullable String user, @Nullable String password,
                               @Bindable(defaultValue = "./data/postgres") String dataDir,
                               @Bindable(defaultValue = "true") boolean durable,
                               @Bindable(defaultValue = "16") int poolSize) {

    boolean embedded() {
        return url == null || url.isBlank();
    }
}
