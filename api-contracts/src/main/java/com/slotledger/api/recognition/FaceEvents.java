package com.slotledger.api.recognition;

import com.slotledger.api.shared.Revision;

import java.time.Instant;
import java.util.List;

/** Published facts about enrolled faces. Photos appear only as SHA-256 hashes, never as images. */
public final class FaceEvents {

    private FaceEvents() {
    }

    @Revision("1")
    public record FaceEnrolled(String studentId, String photoHash, String mediaType, long size, String model,
                               String by, Instant at) {
    }

    /** The photos (by hash) removed with the images and the model's data for the student. */
    @Revision("1")
    public record FacesRemoved(String studentId, List<String> photoHashes, String by, Instant at) {
        public FacesRemoved {
            photoHashes = List.copyOf(photoHashes);
        }
    }
}
