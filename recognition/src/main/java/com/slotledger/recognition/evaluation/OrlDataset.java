package com.slotledger.recognition.evaluation;

import org.bytedeco.opencv.opencv_core.Mat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_GRAYSCALE;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;

/**
 * The ORL (AT&T) face database: 40 subjects s1..s40, ten 92x112 grey images each. It is never copied into the
 * repository: it is found through {@code -Dslotledger.orl.dir}, {@code SLOTLEDGER_ORL_DIR}, or a
 * {@code shared/data/att_faces} folder beside the checkout or any folder above the working directory.
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
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/att_faces");
            if (complete(candidate)) {
                return Optional.of(new OrlDataset(candidate));
            }
        }
        return Optional.empty();
    }

    /** Why {@link #locate()} found nothing, for the skip message. */
    public static String whereLooked() {
        return "ORL faces not found: set -Dslotledger.orl.dir or SLOTLEDGER_ORL_DIR, or place att_faces in "
                + "../shared/data/ of the checkout";
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

    public static String studentId(int subject) {
        return "orl-s" + subject;
    }
}
