package com.slotledger.api.sitting;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The reference records a sitting refers to; each has a natural key that is unique among live records. */
public enum ReferenceKind {
    SEMESTER, ROOM, SUBJECT, STUDENT, ENROLMENT, STAFF;

    /**
     * The record's own stream id. A student or staff member is known by their user account's id, which the user
     * aggregate already owns as a stream id; their record's stream gets a name-based id derived from it.
     */
    public String recordId(String id) {
        if (this != STUDENT && this != STAFF) {
            return id;
        }
        return UUID.nameUUIDFromBytes((name() + "/" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
