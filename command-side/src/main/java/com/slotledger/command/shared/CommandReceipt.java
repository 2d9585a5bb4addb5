package com.slotledger.command.shared;

import io.micronaut.core.annotation.Introspected;

/**
 * What a command returns over HTTP: the aggregate it touched and the global position of its last event, which
 * a client passes back as {@code minPosition} to read its own write.
 */
@Introspected
public record CommandReceipt(String id, long position) {
}
