package com.slotledger.command.sitting;

import com.slotledger.api.sitting.AttendanceCommands.RecognitionDetected;
import com.slotledger.api.sitting.AttendanceCommands.StartSession;
import com.slotledger.api.sitting.AttendanceCommands.StopSession;
import com.slotledger.api.sitting.AttendanceEvents.AttendanceMarked;
import com.slotledger.api.sitting.AttendanceEvents.AttendanceOpened;
import com.slotledger.api.sitting.AttendanceEvents.AttendanceReviewChanged;
import com.slotledger.api.sitting.AttendanceEvents.DetectionAccepted;
import com.slotledger.api.sitting.AttendanceEvents.DetectionRejected;
import com.slotledger.api.sitting.AttendanceEvents.SessionStarted;
import com.slotledger.api.sitting.AttendanceEvents.SessionStopped;
import com.slotledger.api.sitting.AttendanceKind;
import com.slotledger.api.sitting.AttendanceMethod;
import com.slotledger.api.sitting.AttendanceStatus;
import com.slotledger.api.sitting.DetectionRejectionReason;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.api.sitting.SlotCategory;
import com.slotledger.api.sitting.SlotEvents.ParticipantAdded;
import com.slotledger.api.sitting.SlotEvents.SlotSubjectAssigned;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.slotledger.command.sitting.SlotFixtures.SLOT;
import static com.slotledger.command.sitting.SlotFixtures.START;
import static com.slotledger.command.sitting.SlotFixtures.SUPERVISOR;
import static com.slotledger.command.sitting.SlotFixtures.scheduled;

/** Given-event histories of a slot's sitting, and the commands and events of its passes, for aggregate tests. */
final class SittingHistory {

    static final String ANN = "ann";
    static final String BOB = "bob";
    static final String SUBJECT = "prf";
    /** During the slot, inside the edit window. */
    static final Instant T = START.plusSeconds(600);

    private SittingHistory() {
    }

    static String attendance(String student) {
        return SittingIds.attendance(SLOT, student);
    }

    /** A FINAL_EXAM with one subject and these students as participants, each with an open record. */
    static List<Object> exam(String... students) {
        List<Object> events = new ArrayList<>(List.of(scheduled(SlotCategory.FINAL_EXAM),
                new SlotSubjectAssigned(SLOT, SUBJECT, "op", T)));
        for (String student : students) {
            events.add(new ParticipantAdded(SLOT, SittingIds.participant(SLOT, SUBJECT, student), SUBJECT, student, "op", T));
            events.add(new AttendanceOpened(attendance(student), SLOT, student, T));
        }
        return events;
    }

    /** A LECTURE with these students on its roster (regular attendance). */
    static List<Object> lecture(String... students) {
        List<Object> events = new ArrayList<>(List.of(scheduled(SlotCategory.LECTURE)));
        Arrays.stream(students).forEach(student -> events.add(new AttendanceOpened(attendance(student), SLOT, student, T)));
        return events;
    }

    static List<Object> then(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    static SessionStarted started(SessionMode mode) {
        return new SessionStarted(SLOT, mode, SUPERVISOR, T);
    }

    static SessionStopped stopped(SessionMode mode) {
        return new SessionStopped(SLOT, mode, SUPERVISOR, T);
    }

    static StartSession start(SessionMode mode) {
        return new StartSession(SLOT, mode, SUPERVISOR, false, T);
    }

    static StopSession stop() {
        return new StopSession(SLOT, SUPERVISOR, false, T);
    }

    /** A mark without remark: by the recognition service when AUTO, else by the supervisor. */
    static AttendanceMarked marked(String student, AttendanceStatus from, AttendanceStatus to, AttendanceMethod method) {
        String by = method == AttendanceMethod.AUTO ? "recognition" : SUPERVISOR;
        return new AttendanceMarked(attendance(student), SLOT, student, from, to, method, null, by, T);
    }

    static AttendanceReviewChanged review(String student, boolean needsReview, String reason) {
        return new AttendanceReviewChanged(attendance(student), SLOT, student, needsReview, reason, T);
    }

    /** A recognition as the callback sends it, at 0.9 confidence (the fixture's floor is 0.6). */
    static RecognitionDetected detect(String student, String frame) {
        return detect(student, 0.9, null, null, frame);
    }

    static RecognitionDetected detect(String student, double confidence, SessionMode mode, AttendanceKind kind,
                                      String frame) {
        return new RecognitionDetected(SLOT, student, confidence, T, mode, kind, frame, null, "recognition", T);
    }

    static DetectionAccepted accepted(String student, SessionMode mode, String frame) {
        return new DetectionAccepted(SLOT, student, attendance(student), 0.9, T, mode, frame, null, null, null,
                "recognition", T);
    }

    static DetectionRejected rejected(String student, double confidence, SessionMode mode, String frame,
                                      DetectionRejectionReason reason) {
        return new DetectionRejected(SLOT, student, confidence, T, mode, frame, null, null, null, reason, "recognition", T);
    }
}
