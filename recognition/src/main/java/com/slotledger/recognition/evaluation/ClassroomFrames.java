package com.slotledger.recognition.evaluation;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.bytedeco.opencv.global.opencv_core.CV_16SC3;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.add;
import static org.bytedeco.opencv.global.opencv_core.randn;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_GRAY2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Synthetic 640x480 "classroom" frames: face images pasted at known seats on a varied background (a wall
 * gradient, desks, a board, sensor noise), each seat moving a little from frame to frame. The ground truth says
 * who sits where, so detection, recognition and de-duplication can be checked exactly.
 */
public final class ClassroomFrames {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 480;

    /** One person in the room: who, and the face image shown for them. */
    public record Seat(String personId, Mat face) {
    }

    /** Where each face was placed in a frame. */
    public record Placement(String personId, Rect rect) {
    }

    public record Frame(Mat image, List<Placement> truth) implements AutoCloseable {
        @Override
        public void close() {
            image.close();
        }
    }

    private final long seed;
    private final double faceScale;

    public ClassroomFrames(long seed, double faceScale) {
        this.seed = seed;
        this.faceScale = faceScale;
    }

    /** Frame {@code index} with up to five seats in a row across the room. */
    public Frame frame(int index, List<Seat> seats) {
        Random random = new Random(seed * 1_000_003L + index);
        Mat image = background(new Random(seed), index);
        List<Placement> truth = new ArrayList<>(seats.size());
        int pitch = WIDTH / Math.max(1, seats.size());
        for (int i = 0; i < seats.size(); i++) {
            Seat seat = seats.get(i);
            int width = (int) Math.round(seat.face().cols() * faceScale);
            int height = (int) Math.round(seat.face().rows() * faceScale);
            int x = i * pitch + (pitch - width) / 2 + random.nextInt(9) - 4;
            int y = 150 + (i % 2) * 40 + random.nextInt(9) - 4;
            Rect rect = new Rect(Math.max(0, Math.min(WIDTH - width, x)), Math.max(0, Math.min(HEIGHT - height, y)), width, height);
            try (Mat scaled = new Mat(); Mat bgr = new Mat(); Mat target = new Mat(image, rect)) {
                resize(seat.face(), scaled, new Size(width, height), 0, 0, INTER_LINEAR);
                if (scaled.channels() == 1) {
                    cvtColor(scaled, bgr, COLOR_GRAY2BGR);
                } else {
                    scaled.copyTo(bgr);
                }
                bgr.copyTo(target);
            }
            truth.add(new Placement(seat.personId(), rect));
        }
        try (Mat noise = new Mat(HEIGHT, WIDTH, CV_16SC3); Mat wide = new Mat();
             Mat mean = new Mat(1, 1, CV_64F, new Scalar(0.0)); Mat sigma = new Mat(1, 1, CV_64F, new Scalar(3.0 + random.nextInt(3)))) {
            randn(noise, mean, sigma);
            image.convertTo(wide, CV_16SC3);
            add(wide, noise, wide);
            wide.convertTo(image, CV_8UC3);
        }
        return new Frame(image, truth);
    }

    private static Mat background(Random random, int index) {
        Mat image = new Mat(HEIGHT, WIDTH, CV_8UC3);
        double r = 120 + random.nextInt(80);
        double g = 110 + random.nextInt(80);
        double b = 100 + random.nextInt(80);
        for (int row = 0; row < HEIGHT; row += 8) {
            double shade = 0.6 + 0.4 * row / HEIGHT;
            rectangle(image, new Rect(0, row, WIDTH, 8), new Scalar(b * shade, g * shade, r * shade, 0), FILLED, 8, 0);
        }
        rectangle(image, new Rect(40, 20, 560, 90), new Scalar(40, 70, 40, 0), FILLED, 8, 0);
        for (int desk = 0; desk < 5; desk++) {
            int x = desk * 128 + 4;
            rectangle(image, new Point(x, 360), new Point(x + 118, 470), new Scalar(30, 70 + desk * 12, 120, 0), FILLED, 8, 0);
        }
        // a slow change of light over time, as in a real room
        image.convertTo(image, -1, 1.0, index % 20);
        return image;
    }
}
