package com.slotledger.recognition.service;

import com.slotledger.recognition.detection.CascadeFaceDetector;
import com.slotledger.recognition.detection.FaceDetector;
import com.slotledger.recognition.detection.YuNetFaceDetector;
import com.slotledger.recognition.model.FaceMatcher;
import com.slotledger.recognition.model.FaceNormaliser;
import com.slotledger.recognition.model.LbphMatcher;
import com.slotledger.recognition.model.SFaceMatcher;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The detector, normaliser and recognition method the settings choose. Natives load on first use (about a second),
 * so a context that never enrols or recognises never pays for them.
 */
@Factory
class RecognitionEngine {

    @Singleton
    @Bean(preDestroy = "close")
    FaceDetector faceDetector(RecognitionSettings settings) {
        return switch (settings.detector().toLowerCase(Locale.ROOT)) {
            case "haar" -> new CascadeFaceDetector(CascadeFaceDetector.Kind.HAAR, settings.minFace(), settings.detectWidth());
            case "lbp" -> new CascadeFaceDetector(CascadeFaceDetector.Kind.LBP, settings.minFace(), settings.detectWidth());
            case "yunet" -> {
                if (settings.yunetModel() == null) {
                    throw new IllegalStateException("slotledger.recognition.detector=yunet needs slotledger.recognition.yunet-model");
                }
                yield new YuNetFaceDetector(Path.of(settings.yunetModel()), 0.8f, settings.minFace());
            }
            default -> throw new IllegalStateException("unknown slotledger.recognition.detector " + settings.detector()
                    + " (haar, lbp, yunet)");
        };
    }

    @Singleton
    FaceNormaliser faceNormaliser() {
        return new FaceNormaliser();
    }

    @Singleton
    FaceMatcher faceMatcher(RecognitionSettings settings) {
        return settings.sfaceModel() == null ? LbphMatcher.TUNED : new SFaceMatcher(Path.of(settings.sfaceModel()));
    }
}
