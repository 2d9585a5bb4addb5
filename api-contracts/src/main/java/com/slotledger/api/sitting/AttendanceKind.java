package com.slotledger.api.sitting;

/** The seed's callbackType: exam attendance trusts completion, regular (lecture) attendance asks for review. */
public enum AttendanceKind {
    EXAM, REGULAR
}
