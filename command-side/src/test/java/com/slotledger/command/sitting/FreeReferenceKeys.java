package com.slotledger.command.sitting;

import com.slotledger.api.sitting.ReferenceKind;

import java.util.Optional;

/**
 * For aggregate tests: the lookup table's decisions are PostgreSQL's, so here every natural key is free and every
 * record is live. A test that needs other answers overrides {@link #live} or {@link #idOf}.
 */
public class FreeReferenceKeys implements ReferenceKeys {

    @Override
    public void claim(ReferenceKind kind, String id, String naturalKey) {
    }

    @Override
    public void rekey(ReferenceKind kind, String id, String naturalKey) {
    }

    @Override
    public void retire(ReferenceKind kind, String id) {
    }

    @Override
    public Optional<String> idOf(ReferenceKind kind, String naturalKey) {
        return Optional.empty();
    }

    @Override
    public boolean live(ReferenceKind kind, String id) {
        return true;
    }
}
