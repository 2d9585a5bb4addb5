package com.slotledger.api.sitting;

public enum StaffKind {
    SUPERVISOR, LECTURER
}
