package com.slotledger.app.axon;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;

/**
 * Starts Axon once the context (and with it Flyway) is up, and stops it as the context begins to close, while
 * the pool is still open: processors then release their segment claims for other nodes at once.
 */
@Singleton
class AxonLifecycle {

    private final Configuration axon;

    AxonLifecycle(Configuration axon) {
        this.axon = axon;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        axon.start();
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        axon.shutdown();
    }
}
