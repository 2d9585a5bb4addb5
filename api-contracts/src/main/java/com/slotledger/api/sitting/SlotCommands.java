package com.slotledger.api.sitting;

import com.slotledger.api.shared.TargetedCommand;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Scheduling a slot, the one slot concept for exams and lectures. Any feature's handler may send these (course
 * timetables send their generated sessions as LECTURE slots with a source naming the course group); the room
 * rules hold for all of them: one slot per (semester, start, room), no two overlapping live slots in a room.
 * {@code by} is the acting user, {@code at} the clock's now.
 */
public final class SlotCommands {

    private SlotCommands() {
    }

    /** Where a slot came from when another feature generated it, e.g. ("COURSE_GROUP", courseGroupId). */
    public record SlotSource(String type, String id) {
    }

    public record ScheduleSlot(String slotId, String semesterId, String roomId, Instant startsAt, Instant endsAt,
                               ZoneId zone, SlotCategory category, List<String> supervisorIds, String lecturerId,
                               SlotSource source, String by, Instant at) implements TargetedCommand {
        public ScheduleSlot {
            supervisorIds = supervisorIds == null ? List.of() : List.copyOf(supervisorIds);
        }

        public String targetId() {
            return slotId;
        }
    }

    /** Moves a slot (room, time, zone) and replaces its staff; semester and category stay. */
    public record RescheduleSlot(String slotId, String roomId, Instant startsAt, Instant endsAt, ZoneId zone,
                                 List<String> supervisorIds, String lecturerId, String by, Instant at)
            implements TargetedCommand {
        public RescheduleSlot {
            supervisorIds = supervisorIds == null ? List.of() : List.copyOf(supervisorIds);
        }

        public String targetId() {
            return slotId;
        }
    }

    /** Deactivates a slot (soft): it frees its room and takes no more changes. */
    public record CancelSlot(String slotId, String reason, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    public record AssignSlotSubjects(String slotId, List<String> subjectIds, String by, Instant at)
            implements TargetedCommand {
        public AssignSlotSubjects {
            subjectIds = List.copyOf(subjectIds);
        }

        public String targetId() {
            return slotId;
        }
    }

    public record RemoveSlotSubject(String slotId, String subjectId, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    /** The sender has checked that the student is enrolled in the subject for the slot's semester. */
    public record AddParticipant(String slotId, String subjectId, String studentId, ParticipantPolicy policy,
                                 String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    /** Soft removal: the participant is no longer enrolled; the student's attendance history stays. */
    public record WithdrawParticipant(String slotId, String participantId, String by, Instant at)
            implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    public record ReenrolParticipant(String slotId, String participantId, String by, Instant at)
            implements TargetedCommand {
        public String targetId() {
            return slotId;
        }
    }

    /** A lecture's roster (no subjects): each new student gets an attendance record, NOT_YET. */
    public record AddSlotAttendees(String slotId, List<String> studentIds, String by, Instant at)
            implements TargetedCommand {
        public AddSlotAttendees {
            studentIds = List.copyOf(studentIds);
        }

        public String targetId() {
            return slotId;
        }
    }
}
