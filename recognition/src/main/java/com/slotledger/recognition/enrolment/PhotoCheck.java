package com.slotledger.recognition.enrolment;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Sha256;
import com.slotledger.recognition.detection.FaceBox;
import com.slotledger.recognition.detection.FaceDetector;
import com.slotledger.recognition.model.FaceNormaliser;
import com.slotledger.recognition.model.NormalisedFace;
import com.slotledger.recognition.service.RecognitionSettings;
import com.slotledger.recognition.source.ImageFrameSource;
import jakarta.inject.Singleton;
import org.bytedeco.opencv.opencv_core.Mat;

import java.util.List;

/**
 * Rule "an enrolment photo is a JPEG or PNG of one face": judged by its bytes (never its name or declared type),
 * its size and dimensions, and by the service's own detector, so what is enrolled is what recognition will see.
 */
@Singleton
public class PhotoCheck {

    private final FaceDetector detector;
    private final FaceNormaliser normaliser;
    private final int maxBytes;
    private final int maxSide;

    public PhotoCheck(FaceDetector detector, FaceNormaliser normaliser, RecognitionSettings settings) {
        this.detector = detector;
        this.normaliser = normaliser;
        this.maxBytes = settings.photoMaxBytes();
        this.maxSide = settings.photoMaxSide();
    }

    /** A photo that passed: its hash, media type and the normalised face (the model's data). */
    public record CheckedPhoto(byte[] bytes, String sha256, String mediaType, FaceBox face, NormalisedFace normalised) {
    }

    public CheckedPhoto check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "photo: the upload is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new DomainRejection(ErrorCode.PAYLOAD_TOO_LARGE, "A face photo may have at most " + maxBytes
                    + " bytes; this one has " + bytes.length + ".");
        }
        ImageHeader header = ImageHeader.read(bytes).orElseThrow(() -> new DomainRejection(ErrorCode.FILE_TYPE_REFUSED,
                "A face photo must be a JPEG or PNG image, judged by its content."));
        if (header.width() > maxSide || header.height() > maxSide) {
            throw new DomainRejection(ErrorCode.PAYLOAD_TOO_LARGE, "A face photo may be at most " + maxSide + " pixels on a side; this one is "
                    + header.width() + "x" + header.height() + ".");
        }
        try (Mat image = decode(bytes)) {
            List<FaceBox> faces = detector.detect(image);
            if (faces.isEmpty()) {
                throw new DomainRejection(ErrorCode.NO_FACE_FOUND, "No face was found in the photo; use a frontal, "
                        + "well-lit photo of the student's face.");
            }
            if (faces.size() > 1) {
                throw new DomainRejection(ErrorCode.SEVERAL_FACES_FOUND, faces.size() + " faces were found in the photo; "
                        + "an enrolment photo shows the student alone.");
            }
            return new CheckedPhoto(bytes, Sha256.hex(bytes), header.mediaType(), faces.get(0),
                    normaliser.normalise(image, faces.get(0)));
        }
    }

    private static Mat decode(byte[] bytes) {
        try {
            return ImageFrameSource.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new DomainRejection(ErrorCode.FACE_PHOTO_UNREADABLE, "The photo's header says JPEG or PNG, but the "
                    + "image cannot be decoded.");
        }
    }
}
