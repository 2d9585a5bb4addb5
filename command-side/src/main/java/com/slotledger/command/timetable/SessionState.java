package com.slotledger.command.timetable;

/** What became of a session's slot, as the timetable's lookup records it. */
enum SessionState {
    LIVE,
    /** removed because a cancelled exception covers its date; comes back when the exception goes */
    EXCEPTION,
    /** removed by a forced generation (its date is no longer on the schedule) or by the group's deactivation */
    REMOVED,
    /** a one-off session someone cancelled */
    CANCELLED
}
