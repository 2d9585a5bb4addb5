package com.slotledger.command.recognition;

import com.slotledger.api.recognition.FaceCommands.EnrolFace;
import com.slotledger.api.recognition.FaceCommands.RemoveFaces;
import com.slotledger.api.recognition.RunCommands.ReportRecognitionRun;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.ReferenceKind;
import com.slotledger.command.sitting.ReferenceKeys;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Routes enrolment commands to the student's faces, creating them with the first photo, and run reports to a new
 * report. Rule "faces belong to a registered student": the student must be live in the sitting's reference
 * registry.
 */
public class RecognitionDesk {

    private final Repository<StudentFaces> faces;
    private final Repository<RunReport> reports;
    private final ReferenceKeys references;

    public RecognitionDesk(Repository<StudentFaces> faces, Repository<RunReport> reports, ReferenceKeys references) {
        this.faces = faces;
        this.reports = reports;
        this.references = references;
    }

    @CommandHandler
    public void handle(EnrolFace c) throws Exception {
        references.requireLive(ReferenceKind.STUDENT, c.studentId());
        try {
            faces.load(c.targetId()).execute(student -> student.enrol(c));
        } catch (AggregateNotFoundException e) {
            faces.newInstance(() -> new StudentFaces(c));
        }
    }

    @CommandHandler
    public void handle(RemoveFaces c) {
        try {
            faces.load(c.targetId()).execute(student -> student.remove(c));
        } catch (AggregateNotFoundException e) {
            throw new DomainRejection(ErrorCode.FACE_NOT_FOUND, "No faces are enrolled for student " + c.studentId() + ".");
        }
    }

    /** A report sent again (a retried callback) finds its run already reported and changes nothing. */
    @CommandHandler
    public void handle(ReportRecognitionRun c) throws Exception {
        try {
            reports.load(c.targetId());
        } catch (AggregateNotFoundException e) {
            reports.newInstance(() -> new RunReport(c));
        }
    }
}
