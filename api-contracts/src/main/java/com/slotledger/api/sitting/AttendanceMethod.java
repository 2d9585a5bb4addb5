package com.slotledger.api.sitting;

/** How a status came about: a recognition, a person, or the session's finalization. */
public enum AttendanceMethod {
    AUTO, MANUAL, FINALIZE
}
