package com.slotledger.command.centre;

import com.slotledger.api.centre.CentreCommands.AdvanceExam;
import com.slotledger.api.centre.CentreCommands.DeleteExam;
import com.slotledger.api.centre.CentreCommands.RescheduleExam;
import com.slotledger.api.centre.CentreEvents.ExamCreated;
import com.slotledger.api.centre.CentreEvents.ExamDeleted;
import com.slotledger.api.centre.CentreEvents.ExamRescheduled;
import com.slotledger.api.centre.CentreEvents.ExamScheduled;
import com.slotledger.api.centre.CentreEvents.ExamStarted;
import com.slotledger.api.centre.ExamStatus;
import com.slotledger.command.shared.TargetedCommandResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.slotledger.command.shared.Rejections.rejected;

class ExamTest {

    private static final String ID = "exam-1";
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private AggregateTestFixture<Exam> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Exam.class);
        fixture.registerCommandTargetResolver(new TargetedCommandResolver());
    }

    static ExamCreated created(String centre) {
        return new ExamCreated(ID, centre, "Welding", List.of("theory"), T0, "Asia/Kolkata", 90, "op", T0);
    }

    @Test
    void aDraftExamIsScheduledThenStarted() {
        fixture.given(created("NORTH"), new ExamScheduled(ID, "op", T0))
                .when(new AdvanceExam(ID, ExamStatus.IN_PROGRESS, "NORTH", "op", T0))
                .expectEvents(new ExamStarted(ID, "op", T0));
    }

    @Test
    void aStepCannotBeSkipped() {
        fixture.given(created("NORTH"))
                .when(new AdvanceExam(ID, ExamStatus.COMPLETED, "NORTH", "op", T0))
                .expectNoEvents()
                .expectException(rejected("EXAM_TRANSITION_REFUSED"));
    }

    @Test
    void anotherCentreCannotChangeTheExam() {
        fixture.given(created("NORTH"))
                .when(new AdvanceExam(ID, ExamStatus.SCHEDULED, "HQ", "op", T0))
                .expectNoEvents()
                .expectException(rejected("FOREIGN_AGGREGATE"));
    }

    @Test
    void aRunningExamIsNotDeletedAndADeletedOneNotChanged() {
        fixture.given(created("NORTH"), new ExamScheduled(ID, "op", T0), new ExamStarted(ID, "op", T0))
                .when(new DeleteExam(ID, "NORTH", "op", T0))
                .expectException(rejected("EXAM_TRANSITION_REFUSED"));
        fixture.given(created("NORTH"), new ExamDeleted(ID, "op", T0))
                .when(new AdvanceExam(ID, ExamStatus.SCHEDULED, "NORTH", "op", T0))
                .expectException(rejected("EXAM_DELETED"));
    }

    @Test
    void anExamNotYetHeldIsRescheduledAStartedOneIsNot() {
        Instant later = T0.plusSeconds(86_400);
        fixture.given(created("NORTH"), new ExamScheduled(ID, "op", T0))
                .when(new RescheduleExam(ID, later, "Europe/London", 60, "NORTH", "op", T0))
                .expectEvents(new ExamRescheduled(ID, later, "Europe/London", 60, "op", T0));
        fixture.given(created("NORTH"), new ExamScheduled(ID, "op", T0), new ExamStarted(ID, "op", T0))
                .when(new RescheduleExam(ID, later, "Europe/London", 60, "NORTH", "op", T0))
                .expectNoEvents()
                .expectException(rejected("EXAM_TRANSITION_REFUSED"));
    }

}
