package com.slotledger.recognition.source;

import org.bytedeco.opencv.opencv_core.Mat;

import java.time.Instant;

/** A BGR frame and when it was captured. The source owns {@code image}: it is valid until the next frame. */
public record CapturedFrame(long index, Instant capturedAt, Mat image) {
}
