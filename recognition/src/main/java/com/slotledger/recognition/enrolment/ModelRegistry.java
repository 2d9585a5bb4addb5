package com.slotledger.recognition.enrolment;

import com.slotledger.recognition.detection.FaceBox;
import com.slotledger.recognition.detection.FaceDetector;
import com.slotledger.recognition.model.EnrolledFace;
import com.slotledger.recognition.model.FaceMatcher;
import com.slotledger.recognition.model.FaceNormaliser;
import com.slotledger.recognition.model.NormalisedFace;
import com.slotledger.recognition.model.TrainedModel;
import com.slotledger.recognition.service.RecognitionSettings;
import com.slotledger.recognition.source.ImageFrameSource;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.bytedeco.opencv.opencv_core.Mat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model trained on the gallery as it is now. It is retrained when the gallery's fingerprint changes: after an
 * enrolment or removal on this node, and whenever a run starts (another node may have enrolled meanwhile). A run
 * keeps the model it was handed for each frame; a replaced model is left to the garbage collector rather than
 * closed under a running frame.
 */
@Singleton
public class ModelRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);

    private final FaceGallery gallery;
    private final FaceMatcher matcher;
    private final Provider<FaceDetector> detector;
    private final FaceNormaliser normaliser;
    private final Double threshold;
    private volatile TrainedModel current;
    private volatile String fingerprint;

    /** The detector is taken when first needed: its natives take a second or more to load. */
    public ModelRegistry(FaceGallery gallery, FaceMatcher matcher, Provider<FaceDetector> detector,
                         FaceNormaliser normaliser, RecognitionSettings settings) {
        this.gallery = gallery;
        this.matcher = matcher;
        this.detector = detector;
        this.normaliser = normaliser;
        this.threshold = settings.threshold();
    }

    /** The current model, trained on first use. */
    public TrainedModel current() {
        TrainedModel model = current;
        return model != null ? model : refresh();
    }

    /** Retrains if the gallery changed since the current model was trained; answers the (possibly new) model. */
    public synchronized TrainedModel refresh() {
        String now = gallery.fingerprint();
        if (current != null && now.equals(fingerprint)) {
            return current;
        }
        long started = System.nanoTime();
        String cropModel = cropModel();
        List<EnrolledFace> faces = new ArrayList<>();
        for (FaceGallery.StoredFace stored : gallery.faces(cropModel)) {
            Optional<NormalisedFace> face = stored.greyPng() != null
                    ? Optional.of(NormalisedFace.fromPng(stored.greyPng(), stored.colourPng())) : recrop(stored, cropModel);
            face.ifPresent(f -> faces.add(new EnrolledFace(stored.studentId(), stored.sha256(), f)));
        }
        TrainedModel trained = TrainedModel.train(matcher, normaliser.name(), faces, threshold);
        faces.forEach(face -> face.face().close());
        current = trained;
        fingerprint = now;
        LOG.info("face model {} trained on {} photos of {} students in {} ms", trained.version(), trained.faces(),
                trained.students().size(), (System.nanoTime() - started) / 1_000_000);
        return trained;
    }

    /** Detector and normaliser: what the stored crops of an enrolled photo were made with. */
    public String cropModel() {
        return detector.get().name() + "+" + normaliser.name();
    }

    /** The method names recorded in FaceEnrolled: how the photo was checked, cropped and will be matched. */
    public String enrolmentModel() {
        return cropModel() + "+" + matcher.name();
    }

    /** Crops made with another detector or normaliser are made again from the photo and stored for next time. */
    private Optional<NormalisedFace> recrop(FaceGallery.StoredFace stored, String cropModel) {
        Optional<byte[]> content = gallery.content(stored.sha256());
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Optional<Crop> crop = crop(content.get(), detector.get(), normaliser);
        if (crop.isEmpty()) {
            LOG.warn("enrolled photo {} of student {} does not show exactly one face to detector {}; left out of the model",
                    stored.sha256(), stored.studentId(), detector.get().name());
            return Optional.empty();
        }
        gallery.recrop(stored.studentId(), stored.sha256(), cropModel, crop.get().box(), crop.get().face());
        return Optional.of(crop.get().face());
    }

    /** A photo's one face, found and normalised; empty when the photo shows no face or several. */
    public record Crop(FaceBox box, NormalisedFace face) {
    }

    public static Optional<Crop> crop(byte[] photo, FaceDetector detector, FaceNormaliser normaliser) {
        try (Mat image = ImageFrameSource.decode(photo)) {
            List<FaceBox> boxes = detector.detect(image);
            return boxes.size() != 1 ? Optional.empty()
                    : Optional.of(new Crop(boxes.get(0), normaliser.normalise(image, boxes.get(0))));
        }
    }
}
