package com.slotledger.command.timetable;

import com.slotledger.api.sitting.SlotCommands.CancelSlot;
import com.slotledger.api.sitting.SlotCommands.RescheduleSlot;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;

import java.time.LocalDate;
import java.util.List;

/**
 * What a course group decided to do with its sessions, as the sitting's slot commands: create, move, remove. The
 * room rules are not decided yet: the database may still refuse any create or move.
 */
record SessionPlan(List<Create> creates, List<Move> moves, List<Remove> removes, int unchanged, List<Skip> skipped) {

    record Create(LocalDate date, int ordinal, ScheduleSlot command) {
    }

    record Move(LocalDate date, RescheduleSlot command) {
    }

    record Remove(LocalDate date, SessionState becomes, CancelSlot command) {
    }

    record Skip(LocalDate date, SkipReason reason, String sessionId) {
    }

    boolean changes() {
        return !creates.isEmpty() || !moves.isEmpty() || !removes.isEmpty();
    }
}
