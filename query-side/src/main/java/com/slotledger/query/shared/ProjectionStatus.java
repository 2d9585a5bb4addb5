package com.slotledger.query.shared;

import io.micronaut.core.annotation.Introspected;

@Introspected
public record ProjectionStatus(String name, long position, long head, long lag, boolean replaying, boolean running,
                               int deadLetters) {
}
