package com.slotledger.command.timetable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A group's newest generated session on a date, with its slot's booking as the sitting holds it ({@code booked} is
 * false when the slot was cancelled, even from outside the timetable).
 */
record ExistingSession(String slotId, LocalDate date, SessionState state, int ordinal, String roomId, Instant startsAt,
                       Instant endsAt, boolean booked) {

    boolean live() {
        return state == SessionState.LIVE && booked;
    }

    int nextOrdinal() {
        return ordinal + 1;
    }
}
