package com.slotledger.app.axon;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;

/** Starts Axon once the context (and with it Flyway) is up; the bean's pre-destroy shuts it down. */
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
}
