package com.slotledger.recognition.source;

import org.bytedeco.opencv.opencv_core.Mat;

import java.time.Instant;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;

/** One uploaded JPEG or PNG image as a one-frame source. */
public final class ImageFrameSource implements FrameSource {

    private final Mat image;
    private final Instant capturedAt;
    private final String description;
    private boolean delivered;

    public ImageFrameSource(byte[] encoded, Instant capturedAt) {
        this.image = decode(encoded);
        this.capturedAt = capturedAt;
        this.description = "image " + image.cols() + "x" + image.rows();
    }

    /** Decodes JPEG or PNG bytes to BGR; throws IllegalArgumentException when they are no image. */
    public static Mat decode(byte[] encoded) {
        try (Mat bytes = new Mat(encoded)) {
            Mat image = imdecode(bytes, IMREAD_COLOR);
            if (image == null || image.empty()) {
                throw new IllegalArgumentException("not a decodable image");
            }
            return image;
        }
    }

    @Override
    public CapturedFrame next() {
        if (delivered) {
            return null;
        }
        delivered = true;
        return new CapturedFrame(0, capturedAt, image);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        image.close();
    }
}
