package com.slotledger.api.sitting;

public enum AttendanceStatus {
    NOT_YET, PRESENT, ABSENT
}
