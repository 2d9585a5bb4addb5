package com.slotledger.command.recognition;

import com.slotledger.api.recognition.RunCommands.RecordRecognition;
import com.slotledger.api.recognition.RunCommands.ReportRecognitionRun;
import com.slotledger.api.recognition.RunEvents.RecognitionDecided;
import com.slotledger.api.recognition.RunEvents.RecognitionRunReported;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.command.shared.TargetedCommandResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

class RecognitionRunLogTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private AggregateTestFixture<RecognitionRunLog> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RecognitionRunLog.class);
        fixture.registerCommandTargetResolver(new TargetedCommandResolver());
        fixture.registerAnnotatedCommandHandler(new RecognitionDesk(null, fixture.getRepository(),
                new StudentFacesTest.Students(Set.of())));
    }

    private static ReportRecognitionRun report() {
        return new ReportRecognitionRun("run-1", "slot-1", SessionMode.INITIAL, "stream rtsp://cam", "STOPPED", null,
                NOW.minusSeconds(600), NOW, 15000, 7500, 2, 30000, Map.of("ann", 7000), 42, 3, 2,
                "lbph@abc", 32.0, Map.of("LOW_CONFIDENCE", 1), "recognition", NOW);
    }

    private static RecognitionRunReported reported() {
        ReportRecognitionRun c = report();
        return new RecognitionRunReported(c.runId(), c.slotId(), c.mode(), c.source(), c.end(), c.failure(), c.startedAt(),
                c.endedAt(), c.framesRead(), c.framesAnalysed(), c.frameStep(), c.facesDetected(), c.recognised(),
                c.unknownFaces(), c.offRosterFaces(), c.mostUnknownAtOnce(), c.modelVersion(), c.threshold(),
                c.rejected(), c.by(), c.at());
    }

    private static RecordRecognition decision(String student) {
        return new RecordRecognition("run-1", "slot-1", SessionMode.INITIAL, student, 0.74, NOW.minusSeconds(30),
                "f".repeat(64), "e".repeat(64), "lbph@abc", 32.0, 4, "recognition", NOW);
    }

    private static RecognitionDecided decided(String student) {
        RecordRecognition c = decision(student);
        return new RecognitionDecided(c.runId(), c.slotId(), c.mode(), c.studentId(), c.confidence(), c.capturedAt(),
                c.frameHash(), c.evidenceHash(), c.modelVersion(), c.threshold(), c.sightings(), c.by(), c.at());
    }

    @Test
    void eachDecisionIsRecordedWithTheModelVersionAndThresholdItWasMadeWith() {
        fixture.givenNoPriorActivity().when(decision("ann")).expectEvents(decided("ann"));
        fixture.given(decided("ann")).when(decision("bob")).expectEvents(decided("bob"));
    }

    @Test
    void aStudentIsDecidedOncePerRun() {
        fixture.given(decided("ann")).when(decision("ann")).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aRunsReportKeepsItsUnknownFacesOnRecord() {
        fixture.given(decided("ann")).when(report()).expectEvents(reported());
        fixture.givenNoPriorActivity().when(report()).expectEvents(reported());
    }

    @Test
    void aRunReportedAgainChangesNothing() {
        fixture.given(reported()).when(report()).expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
