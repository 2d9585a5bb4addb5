package com.slotledger.recognition.support;

import com.slotledger.recognition.detection.FaceDetector;
import com.slotledger.recognition.evaluation.OrlDataset;
import com.slotledger.recognition.model.EnrolledFace;
import com.slotledger.recognition.model.FaceNormaliser;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.Assumptions;

import java.util.ArrayList;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_GRAY2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

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

    /** An enrolment-style photo: the ORL image at twice its size on a plain 320x320 background, in colour. */
    public static Mat portrait(OrlDataset dataset, int subject, int image) {
        Mat photo = new Mat(320, 320, CV_8UC3, new Scalar(120, 110, 100, 0));
        try (Mat face = dataset.image(subject, image); Mat big = new Mat(); Mat bgr = new Mat();
             Mat target = new Mat(photo, new Rect(68, 48, 184, 224))) {
            resize(face, big, new Size(184, 224));
            cvtColor(big, bgr, COLOR_GRAY2BGR);
            bgr.copyTo(target);
        }
        return photo;
    }

    /** Enrols images {@code first..last} of each subject as portraits, through detection and normalisation. */
    public static List<EnrolledFace> enrol(OrlDataset dataset, FaceDetector detector, FaceNormaliser normaliser,
                                           int[] subjects, int first, int last) {
        List<EnrolledFace> faces = new ArrayList<>();
        for (int subject : subjects) {
            for (int image = first; image <= last; image++) {
                try (Mat photo = portrait(dataset, subject, image)) {
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
