package com.slotledger.recognition.source;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * A video file or a camera stream read with FFmpeg. A file's frames are stamped with the file's start instant plus
 * their timestamp, so a replayed recording gives the same instants every time; a live stream's with the clock.
 */
public final class GrabberFrameSource implements FrameSource {

    private final FFmpegFrameGrabber grabber;
    private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
    private final boolean live;
    private final Clock clock;
    private final Instant fileStart;
    private final String description;
    private long index;

    private GrabberFrameSource(FFmpegFrameGrabber grabber, boolean live, Clock clock, Instant fileStart, String description)
            throws IOException {
        this.grabber = grabber;
        this.live = live;
        this.clock = clock;
        this.fileStart = fileStart;
        this.description = description;
        try {
            // start() takes a JVM-wide lock that a recorder's start() also takes: a listening grabber would hold it
            // until a sender connects, and a sender in the same JVM could never start.
            grabber.startUnsafe();
        } catch (FrameGrabber.Exception e) {
            grabber.close();
            throw new IOException("cannot open " + description + ": " + e.getMessage(), e);
        }
    }

    /** A video file; frames are stamped from {@code recordedAt}. */
    public static GrabberFrameSource videoFile(Path file, Instant recordedAt, Clock clock) throws IOException {
        return new GrabberFrameSource(new FFmpegFrameGrabber(file.toFile()), false, clock, recordedAt,
                "video file " + file.getFileName());
    }

    /**
     * A camera stream URL (rtsp://, http://, udp://...). {@code options} go to FFmpeg as they are, e.g.
     * {@code rtsp_transport=tcp}, or {@code rtsp_flags=listen} with {@code listen_timeout} to wait for a sender.
     */
    public static GrabberFrameSource stream(String url, Map<String, String> options, Clock clock) throws IOException {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(url);
        if (url.startsWith("rtsp")) {
            grabber.setFormat("rtsp");
        }
        options.forEach(grabber::setOption);
        return new GrabberFrameSource(grabber, true, clock, null, "stream " + withoutCredentials(url));
    }

    /**
     * A camera given as a URL (rtsp://, http://, udp://... : a live stream with {@code options}) or as a video file
     * path (also {@code file:path}), whose frames are stamped from the moment it is opened.
     */
    public static GrabberFrameSource open(String urlOrPath, Map<String, String> options, Clock clock) throws IOException {
        if (urlOrPath.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !urlOrPath.startsWith("file:")) {
            return stream(urlOrPath, options, clock);
        }
        String path = urlOrPath.startsWith("file:") ? urlOrPath.substring("file:".length()) : urlOrPath;
        return videoFile(Path.of(path), clock.instant(), clock);
    }

    static String withoutCredentials(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getUserInfo() == null ? url : url.replace(uri.getRawUserInfo() + "@", "");
        } catch (IllegalArgumentException e) {
            return "(unparseable url)";
        }
    }

    @Override
    public CapturedFrame next() throws IOException {
        Frame frame;
        try {
            frame = grabber.grabImage();
        } catch (FrameGrabber.Exception e) {
            throw new IOException("reading " + description + " failed: " + e.getMessage(), e);
        }
        if (frame == null) {
            return null;
        }
        Mat image = converter.convert(frame);
        Instant at = live ? clock.instant() : fileStart.plusNanos(frame.timestamp * 1000);
        return new CapturedFrame(index++, at, image);
    }

    public double frameRate() {
        return grabber.getFrameRate();
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // closing after a failed read: nothing more to release
        }
        converter.close();
    }
}
