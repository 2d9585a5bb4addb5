package com.slotledger.recognition.model;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_GRAYSCALE;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;

/**
 * A face ready for recognition: {@code grey} is {@link FaceNormaliser#WIDTH}x{@link FaceNormaliser#HEIGHT},
 * equalised, for LBPH; {@code colour} is the 112x112 BGR crop DNN embeddings expect (five-point aligned when the
 * detector gave landmarks). Stored as two lossless PNGs, it is the model's data for one enrolled photo.
 */
public record NormalisedFace(Mat grey, Mat colour) implements AutoCloseable {

    public byte[] greyPng() {
        return png(grey);
    }

    public byte[] colourPng() {
        return png(colour);
    }

    public static NormalisedFace fromPng(byte[] grey, byte[] colour) {
        return new NormalisedFace(decode(grey, IMREAD_GRAYSCALE), decode(colour, IMREAD_COLOR));
    }

    private static byte[] png(Mat image) {
        try (BytePointer encoded = new BytePointer()) {
            if (!imencode(".png", image, encoded)) {
                throw new IllegalStateException("PNG encoding failed");
            }
            byte[] bytes = new byte[(int) encoded.limit()];
            encoded.get(bytes);
            return bytes;
        }
    }

    private static Mat decode(byte[] png, int flags) {
        try (Mat bytes = new Mat(png)) {
            Mat image = imdecode(bytes, flags);
            if (image.empty()) {
                throw new IllegalStateException("stored face crop is not a PNG");
            }
            return image;
        }
    }

    @Override
    public void close() {
        grey.close();
        colour.close();
    }
}
