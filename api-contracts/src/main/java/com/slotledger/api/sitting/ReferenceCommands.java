package com.slotledger.api.sitting;

import com.slotledger.api.shared.TargetedCommand;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Commands on the sitting's reference records. Define and Revise carry the whole record; Retire is the soft
 * delete (the record stays, marked with who and when). A student's id is their user account's id.
 */
public final class ReferenceCommands {

    private ReferenceCommands() {
    }

    /** A reference record's natural key, which must be unique among live records of its kind. */
    public interface Keyed extends TargetedCommand {
        ReferenceKind kind();

        String naturalKey();
    }

    public record DefineSemester(String semesterId, String code, LocalDate startDate, LocalDate endDate,
                                 String by, Instant at) implements Keyed {
        public String targetId() {
            return semesterId;
        }

        public ReferenceKind kind() {
            return ReferenceKind.SEMESTER;
        }

        public String naturalKey() {
            return code;
        }
    }

    public record ReviseSemester(String semesterId, String code, LocalDate startDate, LocalDate endDate,
                                 String by, Instant at) implements Keyed {
        public String targetId() {
            return semesterId;
        }

        public ReferenceKind kind() {
            return ReferenceKind.SEMESTER;
        }

        public String naturalKey() {
            return code;
        }
    }

    public record DefineRoom(String roomId, String name, int capacity, String by, Instant at) implements Keyed {
        public String targetId() {
            return roomId;
        }

        public ReferenceKind kind() {
            return ReferenceKind.ROOM;
        }

        public String naturalKey() {
            return name;
        }
    }

    public record ReviseRoom(String roomId, String name, int capacity, String by, Instant at) implements Keyed {
        public String targetId() {
            return roomId;
        }

        public ReferenceKind kind() {
            return ReferenceKind.ROOM;
        }

        public String naturalKey() {
            return name;
        }
    }

    public record DefineSubject(String subjectId, String code, String name, boolean active, String by, Instant at)
            implements Keyed {
        public String targetId() {
            return subjectId;
        }

        public ReferenceKind kind() {
            return ReferenceKind.SUBJECT;
        }

        public String naturalKey() {
            return code;
        }
    }

    public record ReviseSubject(String subjectId, String code, String name, boolean active, String by, Instant at)
            implements Keyed {
        public String targetId() {
            return subjectId;
        }

        public ReferenceKind kind() {
            return ReferenceKind.SUBJECT;
        }

        public String naturalKey() {
            return code;
        }
    }

    public record RegisterStudent(String studentId, String rollNumber, String name, String by, Instant at)
            implements Keyed {
        public String targetId() {
            return kind().recordId(studentId);
        }

        public ReferenceKind kind() {
            return ReferenceKind.STUDENT;
        }

        public String naturalKey() {
            return rollNumber;
        }
    }

    public record ReviseStudent(String studentId, String rollNumber, String name, String by, Instant at)
            implements Keyed {
        public String targetId() {
            return kind().recordId(studentId);
        }

        public ReferenceKind kind() {
            return ReferenceKind.STUDENT;
        }

        public String naturalKey() {
            return rollNumber;
        }
    }

    public record EnrolStudent(String enrolmentId, String studentId, String subjectId, String semesterId,
                               String by, Instant at) implements Keyed {
        public String targetId() {
            return enrolmentId;
        }

        public ReferenceKind kind() {
            return ReferenceKind.ENROLMENT;
        }

        public String naturalKey() {
            return enrolmentKey(studentId, subjectId, semesterId);
        }
    }

    public record DefineStaffMember(String staffId, String name, StaffKind staffKind, String by, Instant at)
            implements Keyed {
        public String targetId() {
            return kind().recordId(staffId);
        }

        public ReferenceKind kind() {
            return ReferenceKind.STAFF;
        }

        public String naturalKey() {
            return staffId;
        }
    }

    public record ReviseStaffMember(String staffId, String name, StaffKind staffKind, String by, Instant at)
            implements Keyed {
        public String targetId() {
            return kind().recordId(staffId);
        }

        public ReferenceKind kind() {
            return ReferenceKind.STAFF;
        }

        public String naturalKey() {
            return staffId;
        }
    }

    /** Soft delete of any reference record. */
    public record RetireReference(ReferenceKind kind, String id, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return kind.recordId(id);
        }
    }

    public static String enrolmentKey(String studentId, String subjectId, String semesterId) {
        return studentId + "/" + subjectId + "/" + semesterId;
    }
}
