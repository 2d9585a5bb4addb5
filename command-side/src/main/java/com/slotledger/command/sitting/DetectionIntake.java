package com.slotledger.command.sitting;

import com.slotledger.api.sitting.AttendanceCommands.RecognitionDetected;
import com.slotledger.api.sitting.DetectionRejectionReason;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Takes RecognitionDetected from any sender (the HTTP callback, the recognition module): stores the evidence
 * by content, then lets the slot judge the detection against the configured confidence floor. The answer is
 * the rejection reason, or null when the detection counted.
 */
public class DetectionIntake {

    private final Repository<Slot> slots;
    private final EvidenceStore evidence;
    private final double minConfidence;

    public DetectionIntake(Repository<Slot> slots, EvidenceStore evidence, double minConfidence) {
        this.slots = slots;
        this.evidence = evidence;
        this.minConfidence = minConfidence;
    }

    @CommandHandler
    public DetectionRejectionReason handle(RecognitionDetected c) {
        EvidenceStore.Stored stored = evidence.store(c.evidence());
        SlotDetections.Detection detection = new SlotDetections.Detection(c.studentId(), c.confidence(), c.capturedAt(),
                c.mode(), c.kind(), c.frameHash(), stored.sha256(), stored.size(), stored.mediaType(), minConfidence,
                c.by(), c.at());
        try {
            return slots.load(c.slotId()).invoke(slot -> slot.detect(detection)).reason();
        } catch (AggregateNotFoundException e) {
            throw SlotDesk.notFound(c.slotId());
        }
    }
}
