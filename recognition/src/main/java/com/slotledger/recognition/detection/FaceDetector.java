package com.slotledger.recognition.detection;

import org.bytedeco.opencv.opencv_core.Mat;

import java.util.List;

/** Finds faces in a BGR (or grey) frame. Implementations are safe to call from several threads. */
public interface FaceDetector extends AutoCloseable {

    List<FaceBox> detect(Mat frame);

    /** Names the detector and its parameters; enrolment events and model versions record it. */
    String name();

    @Override
    void close();
}
