package com.slotledger.command.timetable;

/** Why a generation left a date alone; each is reported with the date. */
public enum SkipReason {
    /** the group is deactivated: it generates nothing */
    GROUP_INACTIVE,
    /** a session exists but the group's times or room changed since; generate with force to move it */
    TIMES_CHANGED,
    /** a session exists on a date the group no longer meets; generate with force to remove it */
    NO_LONGER_SCHEDULED,
    /** a cancelled exception covers the date */
    EXCEPTION_CANCELLED,
    /** the session was cancelled outside the timetable (through the sitting's slot endpoint) */
    SESSION_CANCELLED,
    /** the session would start (or has started) before now: history is not rewritten */
    IN_PAST,
    /** the group's start or end time does not exist that day in its zone */
    DST_GAP
}
