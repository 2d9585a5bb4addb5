package com.slotledger.api.entitlement;

import com.slotledger.api.shared.TargetedCommand;

import java.time.Instant;

/** Commands on a candidate and the candidate's exam slot. {@code by} is the acting user id, {@code at} the clock. */
public final class EntitlementCommands {

    private EntitlementCommands() {
    }

    public record RegisterCandidate(String candidateId, String name, String rollNumber, String trade,
                                    String centreId, String userId, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return candidateId;
        }
    }

    public record AssignSlot(String candidateId, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return candidateId;
        }
    }

    public record ConsumeSlot(String candidateId, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return candidateId;
        }
    }

    public record ResetSlot(String candidateId, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return candidateId;
        }
    }

    /** Reset and assign in one decision: a consumed or available slot becomes a fresh available one. */
    public record ReassignSlot(String candidateId, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return candidateId;
        }
    }

    /** Decides an admin action without applying it: answers what would happen (bulk dry run). */
    public record PreviewSlotAction(String candidateId, SlotAction action) implements TargetedCommand {
        public String targetId() {
            return candidateId;
        }
    }
}
