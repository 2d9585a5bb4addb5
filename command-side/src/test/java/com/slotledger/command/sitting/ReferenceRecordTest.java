package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.sitting.ReferenceCommands.RetireReference;
import com.slotledger.api.sitting.ReferenceCommands.ReviseRoom;
import com.slotledger.api.sitting.ReferenceEvents.ReferenceRetired;
import com.slotledger.api.sitting.ReferenceEvents.RoomDefined;
import com.slotledger.api.sitting.ReferenceEvents.RoomRevised;
import com.slotledger.api.sitting.ReferenceEvents.StudentRegistered;
import com.slotledger.api.sitting.ReferenceKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ReferenceRecordTest {

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-09-02T08:00:00Z");

    private AggregateTestFixture<ReferenceRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReferenceRecord.class);
        fixture.registerAnnotatedCommandHandler(new ReferenceCatalogue(fixture.getRepository(), new FreeReferenceKeys()));
    }

    private static boolean rejected(Throwable e, String code) {
        return e instanceof DomainRejection r && r.code().name().equals(code);
    }

    @Test
    void aLiveRecordIsRetiredOnceWithWhoAndWhen() {
        fixture.given(new RoomDefined("r1", "A101", 40, "op", T0))
                .when(new RetireReference(ReferenceKind.ROOM, "r1", "op2", T1))
                .expectEvents(new ReferenceRetired(ReferenceKind.ROOM, "r1", "op2", T1));
    }

    @Test
    void aRetiredRecordCannotBeRetiredAgain() {
        fixture.given(new RoomDefined("r1", "A101", 40, "op", T0), new ReferenceRetired(ReferenceKind.ROOM, "r1", "op", T0))
                .when(new RetireReference(ReferenceKind.ROOM, "r1", "op2", T1))
                .expectNoEvents()
                .expectException(Matchers.<Throwable>predicate(e -> rejected(e, "REFERENCE_RETIRED")));
    }

    @Test
    void aRetiredRecordTakesNoRevision() {
        fixture.given(new RoomDefined("r1", "A101", 40, "op", T0), new ReferenceRetired(ReferenceKind.ROOM, "r1", "op", T0))
                .when(new ReviseRoom("r1", "A102", 30, "op", T1))
                .expectNoEvents()
                .expectException(Matchers.<Throwable>predicate(e -> rejected(e, "REFERENCE_RETIRED")));
    }

    @Test
    void aRecordOfAnotherKindIsNotFound() {
        fixture.given(new RoomDefined("r1", "A101", 40, "op", T0))
                .when(new RetireReference(ReferenceKind.SEMESTER, "r1", "op", T1))
                .expectNoEvents()
                .expectException(Matchers.<Throwable>predicate(e -> rejected(e, "REFERENCE_NOT_FOUND")));
    }

    @Test
    void aStudentIsRetiredByAccountIdOnItsOwnStream() {
        assertNotEquals("u1", ReferenceKind.STUDENT.recordId("u1"));
        fixture.given(new StudentRegistered("u1", "SE1", "Ann", "op", T0))
                .when(new RetireReference(ReferenceKind.STUDENT, "u1", "op", T1))
                .expectEvents(new ReferenceRetired(ReferenceKind.STUDENT, "u1", "op", T1));
    }

    @Test
    void aLiveRecordIsRevised() {
        fixture.given(new RoomDefined("r1", "A101", 40, "op", T0))
                .when(new ReviseRoom("r1", "A102", 30, "op", T1))
                .expectEvents(new RoomRevised("r1", "A102", 30, "op", T1));
    }
}
