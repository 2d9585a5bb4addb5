package com.slotledger.api.centre;

/** An exam's life: DRAFT → SCHEDULED → IN_PROGRESS → COMPLETED, one step at a time. */
public enum ExamStatus {
    DRAFT, SCHEDULED, IN_PROGRESS, COMPLETED;

    public ExamStatus next() {
        return this == COMPLETED ? null : values()[ordinal() + 1];
    }
}
