package com.slotledger.recognition.detection;

import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.FaceDetectorYN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_GRAY2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

/**
 * OpenCV's YuNet detector, used when the operator configures its ONNX file (none ships with OpenCV and nothing is
 * downloaded). It returns five landmarks per face, which alignment and SFace use.
 */
public final class YuNetFaceDetector implements FaceDetector {

    private final FaceDetectorYN detector;
    private final String name;
    private final int minFace;

    public YuNetFaceDetector(Path model, float scoreThreshold, int minFace) {
        if (!Files.isReadable(model)) {
            throw new IllegalArgumentException("YuNet model not readable: " + model);
        }
        this.detector = FaceDetectorYN.create(model.toString(), "", new Size(320, 320), scoreThreshold, 0.3f, 5000, 0, 0);
        this.name = "yunet(" + model.getFileName() + ",score=" + scoreThreshold + ")";
        this.minFace = minFace;
    }

    @Override
    public List<FaceBox> detect(Mat frame) {
        try (Mat bgr = new Mat(); Mat rows = new Mat()) {
            if (frame.channels() == 1) {
                cvtColor(frame, bgr, COLOR_GRAY2BGR);
            } else {
                frame.copyTo(bgr);
            }
            synchronized (detector) {
                detector.setInputSize(new Size(bgr.cols(), bgr.rows()));
                detector.detect(bgr, rows);
            }
            List<FaceBox> faces = new ArrayList<>(Math.max(0, rows.rows()));
            if (rows.empty()) {
                return faces;
            }
            FloatIndexer values = rows.createIndexer();
            for (int r = 0; r < rows.rows(); r++) {
                float[] row = new float[15];
                for (int c = 0; c < 15; c++) {
                    row[c] = values.get(r, c);
                }
                float[] landmarks = new float[10];
                System.arraycopy(row, 4, landmarks, 0, 10);
                if (Math.min(row[2], row[3]) >= minFace) {
                    faces.add(new FaceBox(Math.round(row[0]), Math.round(row[1]), Math.round(row[2]), Math.round(row[3]),
                            row[14], landmarks, row));
                }
            }
            return faces;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        detector.close();
    }
}
