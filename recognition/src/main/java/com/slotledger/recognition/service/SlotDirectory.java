package com.slotledger.recognition.service;

import com.slotledger.api.sitting.AttendanceKind;

import java.util.Optional;
import java.util.Set;

/** What a run needs to know of a slot, answered by the app from the sitting's read models. */
public interface SlotDirectory {

    /** The slot as of event {@code position} (the read models have caught up with it), if it exists. */
    Optional<SlotView> slot(String slotId, long position);

    /** {@code roster}: the students whose attendance the slot records (enrolled participants of an exam). */
    record SlotView(String slotId, String roomId, String roomName, AttendanceKind kind, Set<String> roster) {
        public SlotView {
            roster = Set.copyOf(roster);
        }
    }
}
