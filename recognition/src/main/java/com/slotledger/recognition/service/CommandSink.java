package com.slotledger.recognition.service;

import com.slotledger.api.recognition.RunCommands.ReportRecognitionRun;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.Role;
import com.slotledger.api.sitting.AttendanceCommands.Evidence;
import com.slotledger.api.sitting.AttendanceCommands.RecognitionDetected;
import com.slotledger.api.sitting.AttendanceKind;
import com.slotledger.api.sitting.DetectionRejectionReason;
import com.slotledger.recognition.model.TrainedModel;
import com.slotledger.recognition.run.RecognitionSink;
import com.slotledger.recognition.run.RunSummary;
import com.slotledger.recognition.run.StudentRecognised;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * In-process delivery: each decision becomes a RecognitionDetected command, sent as the recognition service; the
 * slot judges it and answers a rejection reason or none. When the run ends its report is sent as a command too,
 * with the slot's rejections counted by reason.
 */
public final class CommandSink implements RecognitionSink {

    /** The service account in-process runs act as; events name it as their actor. */
    public static final String SERVICE_USER = "recognition-service";
    private static final Logger LOG = LoggerFactory.getLogger(CommandSink.class);

    private final CommandPort commands;
    private final AttendanceKind kind;
    private final Clock clock;
    private final Actor actor;
    private final Map<String, Integer> rejected = new TreeMap<>();

    public CommandSink(CommandPort commands, String runId, AttendanceKind kind, Clock clock) {
        this.commands = commands;
        this.kind = kind;
        this.clock = clock;
        this.actor = new Actor(SERVICE_USER, SERVICE_USER, Set.of(Role.RECOGNITION), null, null, runId, runId);
    }

    @Override
    public void recognised(StudentRecognised d) {
        Evidence evidence = new Evidence(d.evidenceJpeg(), TrainedModel.sha256(d.evidenceJpeg()), "image/jpeg");
        RecognitionDetected command = new RecognitionDetected(d.slotId(), d.studentId(), d.confidence(), d.capturedAt(),
                d.mode(), kind, d.frameHash(), evidence, SERVICE_USER, clock.instant());
        try {
            DetectionRejectionReason reason = commands.sendForResult(command, actor);
            if (reason != null) {
                rejected.merge(reason.name(), 1, Integer::sum);
                LOG.info("run {}: the slot refused {} ({})", d.runId(), d.studentId(), reason);
            }
        } catch (DomainRejection e) {
            rejected.merge(e.code().name(), 1, Integer::sum);
            LOG.warn("run {}: RecognitionDetected for {} refused: {} {}", d.runId(), d.studentId(), e.code(), e.detail());
        }
    }

    @Override
    public void finished(RunSummary s) {
        try {
            commands.send(report(s, rejected, SERVICE_USER, clock), actor);
        } catch (RuntimeException e) {
            LOG.warn("run {}: its report could not be recorded: {}", s.runId(), e.toString());
        }
    }

    public Map<String, Integer> rejected() {
        return Map.copyOf(rejected);
    }

    static ReportRecognitionRun report(RunSummary s, Map<String, Integer> rejected, String by, Clock clock) {
        return new ReportRecognitionRun(s.runId(), s.slotId(), s.mode(), s.source(), s.end().name(), s.failure(),
                s.startedAt(), s.endedAt(), s.framesRead(), s.framesAnalysed(), s.frameStep(), s.facesDetected(),
                s.recognised() == null ? Map.of() : s.recognised(), s.unknownFaces(), s.offRosterFaces(), s.mostUnknownAtOnce(), s.modelVersion(),
                s.threshold(), rejected, by, clock.instant());
    }
}
