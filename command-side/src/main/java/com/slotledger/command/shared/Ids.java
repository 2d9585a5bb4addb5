package com.slotledger.command.shared;

import java.util.UUID;

/** The one id scheme: random UUIDs, minted at the edge and carried by commands. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
