package com.slotledger.api.sitting;

/** Why a recognition did not count. Rejected detections are recorded with one of these, never dropped. */
public enum DetectionRejectionReason {
    NOT_ON_ROSTER, LOW_CONFIDENCE, SESSION_INACTIVE, DUPLICATE_FRAME, MODE_MISMATCH, KIND_MISMATCH, SLOT_INACTIVE
}
