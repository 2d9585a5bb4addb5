package com.slotledger.command.timetable;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Ids derived from what they identify (name-based UUIDs), so a retried or repeated command meets the same ids:
 * the n-th generated session of a group on a date, the exception a cancelled session becomes.
 */
final class TimetableIds {

    private TimetableIds() {
    }

    static String generatedSession(String groupId, LocalDate date, int ordinal) {
        return derived("timetable-session/" + groupId + "/" + date + "/" + ordinal);
    }

    static String cancellation(String groupId, LocalDate date, String sessionId) {
        return derived("timetable-cancellation/" + groupId + "/" + date + "/" + sessionId);
    }

    private static String derived(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
