package com.slotledger.api.sitting;

/** What a slot is for. Exam categories take subjects and participants; a lecture takes a plain roster. */
public enum SlotCategory {
    LECTURE, FINAL_EXAM, LECTURE_WITH_PT;

    public boolean takesParticipants() {
        return this != LECTURE;
    }

    /** Which RESCAN rules judge the slot's attendance. */
    public AttendanceKind attendanceKind() {
        return this == LECTURE ? AttendanceKind.REGULAR : AttendanceKind.EXAM;
    }
}
