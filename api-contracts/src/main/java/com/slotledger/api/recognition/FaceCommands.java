package com.slotledger.api.recognition;

import com.slotledger.api.shared.TargetedCommand;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Enrolment of students' face photos. The photo itself is stored by the recognition module, content-addressed, in
 * the same transaction; the commands and events carry only its hash. {@code model} names the detector and the
 * recognition method the photo was checked and enrolled with.
 */
public final class FaceCommands {

    private FaceCommands() {
    }

    public record EnrolFace(String studentId, String photoHash, String mediaType, long size, String model,
                            String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return facesId(studentId);
        }
    }

    /** Removes every enrolled photo of the student: the images and the model's data go, the events keep hashes. */
    public record RemoveFaces(String studentId, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return facesId(studentId);
        }
    }

    /** The stream id of a student's enrolled faces, derived from the student id (their user account's id). */
    public static String facesId(String studentId) {
        return UUID.nameUUIDFromBytes(("FACES/" + studentId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
