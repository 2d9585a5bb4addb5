package com.slotledger.command.sitting;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from what they identify (name-based UUIDs): one attendance per (slot, student), one participant per
 * (slot, subject, student). Deterministic, so imports and replays meet the same ids.
 */
public final class SittingIds {

    private SittingIds() {
    }

    public static String attendance(String slotId, String studentId) {
        return derived("attendance/" + slotId + "/" + studentId);
    }

    public static String participant(String slotId, String subjectId, String studentId) {
        return derived("participant/" + slotId + "/" + subjectId + "/" + studentId);
    }

    private static String derived(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
