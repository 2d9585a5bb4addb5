package com.slotledger.recognition.evaluation;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_GRAYSCALE;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_GRAY2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * The ORL (AT&T) face database: 40 subjects s1..s40, ten 92x112 grey images each. It is never copied into the
 * repository: it is found through {@code -Dslotledger.orl.dir}, {@code SLOTLEDGER_ORL_DIR}, or a
 * {@code shared/data/att_faces} folder in any folder above the working directory or above the compiled classes
 * (so {@code ../shared/data/att_faces} beside a plain clone is found from anywhere).
 */
public final class OrlDataset {

    public static final int SUBJECTS = 40;
    public static final int IMAGES = 10;

    private final Path root;

    private OrlDataset(Path root) {
        this.root = root;
    }

    public static Optional<OrlDataset> locate() {
        String configured = System.getProperty("slotledger.orl.dir", System.getenv("SLOTLEDGER_ORL_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Paths.get(configured)).filter(OrlDataset::complete).map(OrlDataset::new);
        }
        Optional<OrlDataset> besideWorkingDirectory = above(Paths.get("").toAbsolutePath());
        return besideWorkingDirectory.isPresent() ? besideWorkingDirectory : above(codeLocation());
    }

    /** {@code shared/data/att_faces} in {@code start} or any folder above it. */
    private static Optional<OrlDataset> above(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/att_faces");
            if (complete(candidate)) {
                return Optional.of(new OrlDataset(candidate));
            }
        }
        return Optional.empty();
    }

    /** Where this class was loaded from (a checkout's target/classes or a jar), so any working directory works. */
    private static Path codeLocation() {
        try {
            return Paths.get(OrlDataset.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Why {@link #locate()} found nothing, for the skip message. */
    public static String whereLooked() {
        return "ORL faces not found: set -Dslotledger.orl.dir or SLOTLEDGER_ORL_DIR, or place att_faces in "
                + "shared/data/ beside the checkout (../shared/data/att_faces) or in any folder above it";
    }

    private static boolean complete(Path dir) {
        return Files.isReadable(dir.resolve("s" + SUBJECTS).resolve(IMAGES + ".pgm"));
    }

    public Path root() {
        return root;
    }

    /** Image {@code image} (1..10) of subject {@code subject} (1..40), grey. */
    public Mat image(int subject, int image) {
        Mat mat = imread(root.resolve("s" + subject).resolve(image + ".pgm").toString(), IMREAD_GRAYSCALE);
        if (mat.empty()) {
            throw new IllegalStateException("unreadable ORL image s" + subject + "/" + image);
        }
        return mat;
    }

    /**
     * An enrolment-style photo of image {@code image} of {@code subject}: the face at twice its size on a plain
     * 320x320 background, in colour, as a student's uploaded portrait would be.
     */
    public Mat portrait(int subject, int image) {
        try (Mat face = image(subject, image)) {
            return portrait(face);
        }
    }

    /** {@code face} (a grey 92x112 ORL image) at twice its size on a plain 320x320 background, in colour. */
    public static Mat portrait(Mat face) {
        Mat photo = new Mat(320, 320, CV_8UC3, new Scalar(120, 110, 100, 0));
        try (Mat big = new Mat(); Mat bgr = new Mat(); Mat target = new Mat(photo, new Rect(68, 48, 184, 224))) {
            resize(face, big, new Size(184, 224));
            cvtColor(big, bgr, COLOR_GRAY2BGR);
            bgr.copyTo(target);
        }
        return photo;
    }

    public static String studentId(int subject) {
        return "orl-s" + subject;
    }
}
