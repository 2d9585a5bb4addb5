package com.slotledger.recognition.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The recognition service's settings ({@code slotledger.recognition.*}); README, Recognition, lists them.
 *
 * @param detector     {@code haar} or {@code lbp} (cascades inside the OpenCV jar), or {@code yunet} with
 *                     {@code yunetModel} naming the operator's ONNX file
 * @param sfaceModel   the operator's SFace ONNX file: recognise with its embedding instead of LBPH
 * @param threshold    the accepted distance; none means the method's default
 * @param runner       {@code in-process} (runs start here on SessionStarted) or {@code external} (a separate
 *                     recognition process does the work and posts to the recognition callback)
 */
@ConfigurationProperties("slotledger.recognition")
public record RecognitionSettings(@Bindable(defaultValue = "haar") String detector,
                                  @Nullable String yunetModel,
                                  @Nullable String sfaceModel,
                                  @Bindable(defaultValue = "60") int minFace,
                                  @Bindable(defaultValue = "320") int detectWidth,
                                  @Nullable Double threshold,
                                  @Bindable(defaultValue = "2") int frameStep,
                                  @Bindable(defaultValue = "3") int minSightings,
                                  @Bindable(defaultValue = "524288") int photoMaxBytes,
                                  @Bindable(defaultValue = "4096") int photoMaxSide,
                                  @Bindable(defaultValue = "in-process") String runner,
                                  @Bindable(defaultValue = "4") int maxRuns) {

    public boolean inProcess() {
        return !"external".equalsIgnoreCase(runner);
    }
}
