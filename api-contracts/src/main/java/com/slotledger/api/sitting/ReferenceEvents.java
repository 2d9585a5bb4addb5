package com.slotledger.api.sitting;

import com.slotledger.api.shared.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** Published facts about the sitting's reference records. */
public final class ReferenceEvents {

    private ReferenceEvents() {
    }

    @Revision("1")
    public record SemesterDefined(String semesterId, String code, LocalDate startDate, LocalDate endDate,
                                  String by, Instant at) {
    }

    @Revision("1")
    public record SemesterRevised(String semesterId, String code, LocalDate startDate, LocalDate endDate,
                                  String by, Instant at) {
    }

    @Revision("1")
    public record RoomDefined(String roomId, String name, int capacity, String by, Instant at) {
    }

    @Revision("1")
    public record RoomRevised(String roomId, String name, int capacity, String by, Instant at) {
    }

    @Revision("1")
    public record SubjectDefined(String subjectId, String code, String name, boolean active, String by, Instant at) {
    }

    @Revision("1")
    public record SubjectRevised(String subjectId, String code, String name, boolean active, String by, Instant at) {
    }

    @Revision("1")
    public record StudentRegistered(String studentId, String rollNumber, String name, String by, Instant at) {
    }

    @Revision("1")
    public record StudentRevised(String studentId, String rollNumber, String name, String by, Instant at) {
    }

    @Revision("1")
    public record StudentEnrolled(String enrolmentId, String studentId, String subjectId, String semesterId,
                                  String by, Instant at) {
    }

    @Revision("1")
    public record StaffMemberDefined(String staffId, String name, StaffKind staffKind, String by, Instant at) {
    }

    @Revision("1")
    public record StaffMemberRevised(String staffId, String name, StaffKind staffKind, String by, Instant at) {
    }

    /** The soft delete: the record stays, with who retired it and when. */
    @Revision("1")
    public record ReferenceRetired(ReferenceKind kind, String id, String by, Instant at) {
    }
}
