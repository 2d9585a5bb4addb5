package com.slotledger.recognition.detection;

import com.slotledger.recognition.evaluation.ClassroomFrames;
import com.slotledger.recognition.evaluation.OrlDataset;
import com.slotledger.recognition.support.Orl;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CascadeFaceDetectorTest {

    private final CascadeFaceDetector detector = new CascadeFaceDetector(CascadeFaceDetector.Kind.HAAR, 60, 320);

    @AfterAll
    void close() {
        detector.close();
    }

    @Test
    void anEmptyClassroomHasNoFaces() {
        try (ClassroomFrames.Frame frame = new ClassroomFrames(3, 1.3).frame(0, List.of())) {
            assertEquals(List.of(), detector.detect(frame.image()));
        }
    }

    @Test
    void findsEachSeatedFaceWhereItWasPlaced() {
        OrlDataset orl = Orl.dataset();
        List<ClassroomFrames.Seat> seats = new ArrayList<>();
        for (int subject = 1; subject <= 5; subject++) {
            seats.add(new ClassroomFrames.Seat(OrlDataset.studentId(subject), orl.image(subject, 1)));
        }
        int found = 0;
        for (int index = 0; index < 4; index++) {
            try (ClassroomFrames.Frame frame = new ClassroomFrames(5, 1.3).frame(index, seats)) {
                List<FaceBox> boxes = detector.detect(frame.image());
                for (ClassroomFrames.Placement placed : frame.truth()) {
                    found += boxes.stream().anyMatch(box -> inside(box, placed)) ? 1 : 0;
                }
                assertTrue(boxes.stream().allMatch(box -> frame.truth().stream().anyMatch(p -> inside(box, p))),
                        "no box away from a placed face: " + boxes);
            }
        }
        seats.forEach(seat -> seat.face().close());
        assertTrue(found >= 18, "found " + found + " of 20 placed faces");
    }

    @Test
    void aPortraitHasExactlyOneFace() {
        OrlDataset orl = Orl.dataset();
        try (Mat portrait = orl.portrait(1, 1)) {
            assertEquals(1, detector.detect(portrait).size());
        }
    }

    private static boolean inside(FaceBox box, ClassroomFrames.Placement placed) {
        var r = placed.rect();
        return box.centreX() > r.x() && box.centreX() < r.x() + r.width()
                && box.centreY() > r.y() && box.centreY() < r.y() + r.height();
    }
}
