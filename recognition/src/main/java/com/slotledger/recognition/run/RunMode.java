package com.slotledger.recognition.run;

/** Why a run was started: the first check of an exam (start-exam) or a later one (rescan-exam). */
public enum RunMode {
    START,
    RESCAN
}
