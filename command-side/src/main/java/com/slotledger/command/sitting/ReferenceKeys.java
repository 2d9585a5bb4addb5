package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.ReferenceKind;

import java.util.Optional;

/** Natural keys of live reference records: claimed, moved and released in the command's transaction. */
public interface ReferenceKeys {

    void claim(ReferenceKind kind, String id, String naturalKey);

    void rekey(ReferenceKind kind, String id, String naturalKey);

    void retire(ReferenceKind kind, String id);

    Optional<String> idOf(ReferenceKind kind, String naturalKey);

    boolean live(ReferenceKind kind, String id);

    default void requireLive(ReferenceKind kind, String id) {
        if (id == null || !live(kind, id)) {
            throw new DomainRejection(ErrorCode.REFERENCE_NOT_FOUND,
                    "No live " + kind.name().toLowerCase() + " with id " + id + ".");
        }
    }
}
