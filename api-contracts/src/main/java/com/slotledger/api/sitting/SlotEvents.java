package com.slotledger.api.sitting;

import com.slotledger.api.shared.Revision;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Published facts about slots, their subjects and participants. */
public final class SlotEvents {

    private SlotEvents() {
    }

    @Revision("1")
    public record SlotScheduled(String slotId, String semesterId, String roomId, Instant startsAt, Instant endsAt,
                                ZoneId zone, SlotCategory category, List<String> supervisorIds, String lecturerId,
                                String sourceType, String sourceId, String by, Instant at) {
    }

    @Revision("1")
    public record SlotRescheduled(String slotId, String roomId, Instant startsAt, Instant endsAt, ZoneId zone,
                                  List<String> supervisorIds, String lecturerId, String by, Instant at) {
    }

    @Revision("1")
    public record SlotCancelled(String slotId, String reason, String by, Instant at) {
    }

    @Revision("1")
    public record SlotSubjectAssigned(String slotId, String subjectId, String by, Instant at) {
    }

    @Revision("1")
    public record SlotSubjectRemoved(String slotId, String subjectId, String by, Instant at) {
    }

    @Revision("1")
    public record ParticipantAdded(String slotId, String participantId, String subjectId, String studentId,
                                   String by, Instant at) {
    }

    @Revision("1")
    public record ParticipantWithdrawn(String slotId, String participantId, String studentId, String by, Instant at) {
    }

    @Revision("1")
    public record ParticipantReenrolled(String slotId, String participantId, String studentId, String by, Instant at) {
    }
}
