package com.slotledger.command.recognition;

import com.slotledger.api.recognition.FaceCommands.EnrolFace;
import com.slotledger.api.recognition.FaceCommands.RemoveFaces;
import com.slotledger.api.recognition.RunCommands.RecordRecognition;
import com.slotledger.api.recognition.RunCommands.ReportRecognitionRun;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.ReferenceKind;
import com.slotledger.command.sitting.ReferenceKeys;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Routes enrolment commands to the student's faces, creating them with the first photo, and a run's decisions and
 * report to the run's log, created by whichever comes first. Rule "faces belong to a registered student": the
 * student must be live in the sitting's reference registry.
 */
public class RecognitionDesk {

    private final Repository<StudentFaces> faces;
    private final Repository<RecognitionRunLog> runs;
    private final ReferenceKeys references;

    public RecognitionDesk(Repository<StudentFaces> faces, Repository<RecognitionRunLog> runs, ReferenceKeys references) {
        this.faces = faces;
        this.runs = runs;
        this.references = references;
    }

    @CommandHandler
    public void handle(EnrolFace c) throws Exception {
        references.requireLive(ReferenceKind.STUDENT, c.studentId());
        faces.loadOrCreate(c.targetId(), StudentFaces::new).execute(student -> student.enrol(c));
    }

    @CommandHandler
    public void handle(RemoveFaces c) {
        try {
            faces.load(c.targetId()).execute(student -> student.remove(c));
        } catch (AggregateNotFoundException e) {
            throw new DomainRejection(ErrorCode.FACE_NOT_FOUND, "No faces are enrolled for student " + c.studentId() + ".");
        }
    }

    @CommandHandler
    public void handle(RecordRecognition c) throws Exception {
        runs.loadOrCreate(c.targetId(), RecognitionRunLog::new).execute(log -> log.record(c));
    }

    @CommandHandler
    public void handle(ReportRecognitionRun c) throws Exception {
        runs.loadOrCreate(c.targetId(), RecognitionRunLog::new).execute(log -> log.report(c));
    }
}
