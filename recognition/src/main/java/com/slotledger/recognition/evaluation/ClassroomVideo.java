package com.slotledger.recognition.evaluation;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/** Writes synthetic classroom frames as H.264 (OpenH264) to a file or pushes them to a stream URL. */
public final class ClassroomVideo {

    private ClassroomVideo() {
    }

    /** An H.264 recorder for 640x480 frames; {@code format} is "mp4" for a file or "rtsp" for a stream. */
    public static FFmpegFrameRecorder recorder(String target, String format, double frameRate) {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(target, ClassroomFrames.WIDTH, ClassroomFrames.HEIGHT, 0);
        recorder.setFormat(format);
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        recorder.setVideoCodecName("libopenh264");
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(frameRate);
        recorder.setGopSize((int) Math.max(1, frameRate));
        recorder.setVideoBitrate(2_000_000);
        return recorder;
    }

    /** Records {@code count} frames made by {@code frames} (each closed after encoding) and closes the recorder. */
    public static void record(FFmpegFrameRecorder recorder, int count, IntFunction<Mat> frames) throws FrameRecorder.Exception {
        try (recorder; OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat()) {
            recorder.start();
            for (int i = 0; i < count; i++) {
                try (Mat frame = frames.apply(i)) {
                    recorder.record(converter.convert(frame));
                }
            }
            recorder.stop();
        }
    }

    /**
     * Pushes frames {@code 0, 1, 2...} (each closed after encoding) while {@code more} says so, then closes the
     * recorder: a camera that keeps sending until it is switched off. Answers how many frames were sent.
     */
    public static int stream(FFmpegFrameRecorder recorder, IntFunction<Mat> frames, BooleanSupplier more)
            throws FrameRecorder.Exception {
        int sent = 0;
        try (recorder; OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat()) {
            recorder.start();
            while (more.getAsBoolean()) {
                try (Mat frame = frames.apply(sent)) {
                    recorder.record(converter.convert(frame));
                }
                sent++;
            }
            recorder.stop();
        }
        return sent;
    }
}
