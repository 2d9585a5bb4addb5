package com.slotledger.command.centre;

import com.slotledger.api.centre.CentreCommands.FinalizeResult;
import com.slotledger.api.centre.CentreCommands.PublishResult;
import com.slotledger.api.centre.CentreCommands.RecordMarks;
import com.slotledger.api.centre.CentreEvents.EvaluatorAssigned;
import com.slotledger.api.centre.CentreEvents.MarksRecorded;
import com.slotledger.api.centre.CentreEvents.ResultFinalized;
import com.slotledger.api.centre.CentreEvents.ResultModerated;
import com.slotledger.api.centre.CentreEvents.ResultPublished;
import com.slotledger.command.shared.TargetedCommandResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.slotledger.command.shared.Rejections.rejected;

class ResultTest {

    private static final String ID = "result-1";
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private AggregateTestFixture<Result> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Result.class);
        fixture.registerCommandTargetResolver(new TargetedCommandResolver());
    }

    private static EvaluatorAssigned assigned() {
        return new EvaluatorAssigned(ID, "exam-1", "cand-1", "NORTH", "ev-1", "sup", T0);
    }

    @Test
    void theAssignedEvaluatorRecordsMarks() {
        fixture.given(assigned())
                .when(new RecordMarks(ID, "q1", 4, 5, true, "NORTH", "ev-1", T0))
                .expectEvents(new MarksRecorded(ID, "q1", 4, 5, "ev-1", T0));
    }

    @Test
    void anotherEvaluatorIsRefused() {
        fixture.given(assigned())
                .when(new RecordMarks(ID, "q1", 4, 5, true, "NORTH", "ev-2", T0))
                .expectNoEvents()
                .expectException(rejected("NOT_THE_EVALUATOR"));
    }

    @Test
    void finalizingSumsMarksWithModerationAndGrades() {
        fixture.given(assigned(), new MarksRecorded(ID, "q1", 4, 5, "ev-1", T0), new MarksRecorded(ID, "q2", 3, 5, "ev-1", T0),
                        new MarksRecorded(ID, "q2", 2, 5, "ev-1", T0), new ResultModerated(ID, 1, "rubric", "sup", T0))
                .when(new FinalizeResult(ID, "NORTH", "sup", T0))
                .expectEvents(new ResultFinalized(ID, 7, 10, "B", "sup", T0));
    }

    @Test
    void finalizedMarksAreFixedAndOnlyFinalizedResultsArePublished() {
        fixture.given(assigned(), new ResultFinalized(ID, 0, 0, "F", "sup", T0))
                .when(new RecordMarks(ID, "q1", 1, 5, false, "NORTH", "sup", T0))
                .expectException(rejected("RESULT_LOCKED"));
        fixture.given(assigned())
                .when(new PublishResult(ID, "NORTH", "admin", T0))
                .expectException(rejected("RESULT_NOT_FINALIZED"));
        fixture.given(assigned(), new ResultFinalized(ID, 0, 0, "F", "sup", T0), new ResultPublished(ID, "admin", T0))
                .when(new PublishResult(ID, "NORTH", "admin", T0))
                .expectException(rejected("RESULT_NOT_FINALIZED"));
    }

    @Test
    void aResultImportedFromAnotherCentreIsReadOnlyHere() {
        fixture.given(assigned())
                .when(new FinalizeResult(ID, "HQ", "admin", T0))
                .expectNoEvents()
                .expectException(rejected("FOREIGN_AGGREGATE"));
    }
}
