package com.slotledger.recognition.model;

import com.slotledger.recognition.detection.FaceBox;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

import static org.bytedeco.opencv.global.opencv_calib3d.estimateAffinePartial2D;
import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_core.CV_32FC2;
import static org.bytedeco.opencv.global.opencv_core.copyMakeBorder;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_GRAY2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.equalizeHist;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

/**
 * Alignment and normalisation, the same for enrolment photos, evaluation images and camera frames, so that a
 * model only ever compares like with like. A cascade box is square and tight (brows to mouth); the grey crop widens
 * it downwards to the 92:112 head shape LBPH was tuned on. With YuNet landmarks the colour crop is a similarity
 * transform of the five points onto the template DNN face embeddings are trained with.
 */
public final class FaceNormaliser {

    public static final int WIDTH = 92;
    public static final int HEIGHT = 112;
    private static final int DNN_SIDE = 112;
    private static final float[] DNN_TEMPLATE = {38.2946f, 51.6963f, 73.5318f, 51.5014f, 56.0252f, 71.7366f,
            41.5493f, 92.3655f, 70.7299f, 92.2041f};

    public String name() {
        return "crop92x112-eq";
    }

    /** Normalises the face {@code box} found in {@code frame}. */
    public NormalisedFace normalise(Mat frame, FaceBox box) {
        int top = box.y() - (int) Math.round(box.height() * 0.10);
        int height = (int) Math.round(box.width() * HEIGHT / (double) WIDTH);
        try (Mat head = padded(frame, new Rect(box.x(), top, box.width(), height))) {
            Mat colour = box.hasLandmarks() ? aligned(frame, box.landmarks()) : square(frame, box);
            return new NormalisedFace(grey(head), colour);
        }
    }

    /** Normalises an image that is already a face crop, as in the ORL database. */
    public NormalisedFace normaliseCrop(Mat crop) {
        Mat colour = new Mat();
        try (Mat bgr = bgr(crop)) {
            resize(bgr, colour, new Size(DNN_SIDE, DNN_SIDE), 0, 0, INTER_AREA);
        }
        return new NormalisedFace(grey(crop), colour);
    }

    private static Mat grey(Mat crop) {
        Mat grey = new Mat();
        Mat out = new Mat();
        if (crop.channels() == 1) {
            crop.copyTo(grey);
        } else {
            cvtColor(crop, grey, COLOR_BGR2GRAY);
        }
        resize(grey, out, new Size(WIDTH, HEIGHT), 0, 0, grey.cols() > WIDTH ? INTER_AREA : INTER_LINEAR);
        grey.close();
        equalizeHist(out, out);
        return out;
    }

    private static Mat square(Mat frame, FaceBox box) {
        Mat colour = new Mat();
        try (Mat region = padded(frame, new Rect(box.x(), box.y(), box.width(), box.height())); Mat bgr = bgr(region)) {
            resize(bgr, colour, new Size(DNN_SIDE, DNN_SIDE), 0, 0, INTER_AREA);
        }
        return colour;
    }

    private static Mat aligned(Mat frame, float[] landmarks) {
        try (Mat from = points(landmarks); Mat to = points(DNN_TEMPLATE); Mat bgr = bgr(frame)) {
            Mat transform = estimateAffinePartial2D(from, to);
            Mat colour = new Mat();
            warpAffine(bgr, colour, transform, new Size(DNN_SIDE, DNN_SIDE), INTER_LINEAR, BORDER_REPLICATE, new Scalar());
            transform.close();
            return colour;
        }
    }

    private static Mat points(float[] xy) {
        Mat points = new Mat(xy.length / 2, 1, CV_32FC2);
        FloatIndexer indexer = points.createIndexer();
        indexer.put(0L, xy);
        indexer.close();
        return points;
    }

    /** The part of {@code frame} under {@code want}, edge pixels repeated where it leaves the frame. */
    private static Mat padded(Mat frame, Rect want) {
        int left = Math.max(0, -want.x());
        int top = Math.max(0, -want.y());
        int right = Math.max(0, want.x() + want.width() - frame.cols());
        int bottom = Math.max(0, want.y() + want.height() - frame.rows());
        Rect inside = new Rect(want.x() + left, want.y() + top, want.width() - left - right, want.height() - top - bottom);
        Mat region = new Mat(frame, inside);
        Mat out = new Mat();
        if (left + top + right + bottom == 0) {
            region.copyTo(out);
        } else {
            copyMakeBorder(region, out, top, bottom, left, right, BORDER_REPLICATE);
        }
        region.close();
        return out;
    }

    private static Mat bgr(Mat image) {
        Mat out = new Mat();
        if (image.channels() == 1) {
            cvtColor(image, out, COLOR_GRAY2BGR);
        } else {
            image.copyTo(out);
        }
        return out;
    }
}
