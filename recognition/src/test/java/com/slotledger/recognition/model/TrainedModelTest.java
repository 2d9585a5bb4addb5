package com.slotledger.recognition.model;

import com.slotledger.recognition.detection.CascadeFaceDetector;
import com.slotledger.recognition.evaluation.OrlDataset;
import com.slotledger.recognition.support.Orl;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainedModelTest {

    private final FaceNormaliser normaliser = new FaceNormaliser();

    @Test
    void confidenceIsOneAtDistanceZeroAndTheSittingsDefaultFloorAtTheThreshold() {
        assertEquals(1.0, Decision.of("a", 0, "v", 30).confidence());
        assertEquals(0.6, Decision.of("a", 30, "v", 30).confidence(), 1e-12);
        assertEquals(0.8, Decision.of("a", 15, "v", 30).confidence(), 1e-12);
        assertTrue(Decision.of("a", 30, "v", 30).known());
        assertFalse(Decision.of("a", 30.01, "v", 30).known());
        assertTrue(Decision.of("a", 30.01, "v", 30).confidence() < Decision.CONFIDENCE_AT_THRESHOLD);
        assertEquals(0.0, Decision.of("a", 90, "v", 30).confidence());
    }

    @Test
    void anEmptyModelKnowsNobody() {
        try (TrainedModel model = TrainedModel.train(LbphMatcher.TUNED, normaliser.name(), List.of(), null);
             Mat grey = new Mat(112, 92, org.bytedeco.opencv.global.opencv_core.CV_8UC1);
             NormalisedFace face = normaliser.normaliseCrop(grey)) {
            Decision decision = model.decide(face);
            assertNull(decision.studentId());
            assertEquals(model.version(), decision.modelVersion());
            assertEquals(LbphMatcher.TUNED.defaultThreshold(), decision.threshold());
        }
    }

    @Test
    void recognisesEnrolledStudentsInNewPhotosAndVersionsFollowTheEnrolments() {
        OrlDataset orl = Orl.dataset();
        try (CascadeFaceDetector detector = new CascadeFaceDetector(CascadeFaceDetector.Kind.HAAR, 60, 320)) {
            int[] subjects = {1, 2, 4, 6};
            List<EnrolledFace> faces = Orl.enrol(orl, detector, normaliser, subjects, 1, 5);
            TrainedModel model = TrainedModel.train(LbphMatcher.TUNED, normaliser.name(), faces, null);
            int right = 0;
            for (int subject : subjects) {
                for (int image = 6; image <= 10; image++) {
                    try (Mat photo = orl.portrait(subject, image)) {
                        var boxes = detector.detect(photo);
                        if (boxes.size() == 1) {
                            try (NormalisedFace face = normaliser.normalise(photo, boxes.get(0))) {
                                right += OrlDataset.studentId(subject).equals(model.decide(face).nearestStudentId()) ? 1 : 0;
                            }
                        }
                    }
                }
            }
            assertTrue(right >= 17, right + " of 20 new photos detected and recognised");

            TrainedModel same = TrainedModel.train(LbphMatcher.TUNED, normaliser.name(), List.copyOf(faces), null);
            TrainedModel fewer = TrainedModel.train(LbphMatcher.TUNED, normaliser.name(), faces.subList(0, faces.size() - 1), null);
            assertEquals(model.version(), same.version(), "same enrolments, same version");
            assertNotEquals(model.version(), fewer.version(), "a removed photo gives a new version");
            assertTrue(model.version().startsWith(LbphMatcher.TUNED.name() + "@"));
            faces.forEach(face -> face.face().close());
        }
    }
}
