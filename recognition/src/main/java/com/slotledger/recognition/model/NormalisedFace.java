package com.slotledger.recognition.model;

import org.bytedeco.opencv.opencv_core.Mat;

/**
 * A face ready for recognition: {@code grey} is {@link FaceNormaliser#WIDTH}x{@link FaceNormaliser#HEIGHT},
 * equalised, for LBPH; {@code colour} is the 112x112 BGR crop DNN embeddings expect (five-point aligned when the
 * detector gave landmarks).
 */
public record NormalisedFace(Mat grey, Mat colour) implements AutoCloseable {

    @Override
    public void close() {
        grey.close();
        colour.close();
    }
}
