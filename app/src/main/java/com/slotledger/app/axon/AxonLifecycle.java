package com.slotledger.app.axon;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;

/**
 * Starts Axon once the context (and with it Flyway) is up, and stops it before the pool closes: processors then
 * release their segment claims for other nodes at once.
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

    /** Destroyed before the beans it depends on, so processors release their claims while the pool is open. */
    @PreDestroy
    void stop() {
        axon.shutdown();
    }
}
