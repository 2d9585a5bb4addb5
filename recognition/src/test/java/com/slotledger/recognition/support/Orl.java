package com.slotledger.recognition.support;

import com.slotledger.recognition.detection.FaceDetector;
import com.slotledger.recognition.evaluation.OrlDataset;
import com.slotledger.recognition.model.EnrolledFace;
import com.slotledger.recognition.model.FaceNormaliser;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Assumptions;

import java.util.ArrayList;
import java.util.List;


/** The ORL faces for tests that need real faces; such tests are skipped, with the reason printed, without them. */
public final class Orl {

    private Orl() {
    }

    public static OrlDataset dataset() {
        var dataset = OrlDataset.locate();
        if (dataset.isEmpty()) {
            System.out.println("SKIPPED (face fixtures): " + OrlDataset.whereLooked());
        }
        Assumptions.assumeTrue(dataset.isPresent(), OrlDataset.whereLooked());
        return dataset.get();
    }

    /** Enrols images {@code first..last} of each subject as portraits, through detection and normalisation. */
    public static List<EnrolledFace> enrol(OrlDataset dataset, FaceDetector detector, FaceNormaliser normaliser,
                                           int[] subjects, int first, int last) {
        List<EnrolledFace> faces = new ArrayList<>();
        for (int subject : subjects) {
            for (int image = first; image <= last; image++) {
                try (Mat photo = dataset.portrait(subject, image)) {
                    var boxes = detector.detect(photo);
                    if (boxes.size() == 1) {
                        faces.add(new EnrolledFace(OrlDataset.studentId(subject), subject + "/" + image,
                                normaliser.normalise(photo, boxes.get(0))));
                    }
                }
            }
        }
        return faces;
    }
}
