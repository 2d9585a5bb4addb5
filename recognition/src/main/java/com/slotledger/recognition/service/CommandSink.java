package com.slotledger.recognition.service;

import com.slotledger.api.recognition.RunCommands.RecordRecognition;
import com.slotledger.api.recognition.RunCommands.ReportRecognitionRun;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.Role;
import com.slotledger.api.shared.Sha256;
import com.slotledger.api.sitting.AttendanceCommands.Evidence;
import com.slotledger.api.sitting.AttendanceCommands.RecognitionDetected;
import com.slotledger.api.sitting.AttendanceKind;
import com.slotledger.api.sitting.DetectionRejectionReason;
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
 * In-process delivery, as the recognition service: each decision is first recorded on the run's log (with the model
 * version and threshold it was made with), then sent as a RecognitionDetected command, which the slot judges,
 * answering a rejection reason or none. When the run ends its report follows, with the slot's rejections counted by
 * reason. All of a run's commands share the run id as correlation id.
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
        String evidenceHash = Sha256.hex(d.evidenceJpeg());
        RecognitionDetected command = new RecognitionDetected(d.slotId(), d.studentId(), d.confidence(), d.capturedAt(),
                d.mode(), kind, d.frameHash(), new Evidence(d.evidenceJpeg(), evidenceHash, "image/jpeg"), SERVICE_USER,
                clock.instant());
        try {
            commands.send(decision(d, evidenceHash, SERVICE_USER, clock), actor);
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

    static RecordRecognition decision(StudentRecognised d, String evidenceHash, String by, Clock clock) {
        return new RecordRecognition(d.runId(), d.slotId(), d.mode(), d.studentId(), d.confidence(), d.capturedAt(),
                d.frameHash(), evidenceHash, d.modelVersion(), d.threshold(), d.sightings(), by, clock.instant());
    }

    static ReportRecognitionRun report(RunSummary s, Map<String, Integer> rejected, String by, Clock clock) {
        return new ReportRecognitionRun(s.runId(), s.slotId(), s.mode(), s.source(), s.end().name(), s.failure(),
                s.startedAt(), s.endedAt(), s.framesRead(), s.framesAnalysed(), s.frameStep(), s.facesDetected(),
                s.recognised() == null ? Map.of() : s.recognised(), s.unknownFaces(), s.offRosterFaces(), s.mostUnknownAtOnce(), s.modelVersion(),
                s.threshold(), rejected, by, clock.instant());
    }
}
