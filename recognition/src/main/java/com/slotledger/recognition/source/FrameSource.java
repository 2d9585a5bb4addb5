package com.slotledger.recognition.source;

import java.io.IOException;

/** Frames from an uploaded image, a video file or a camera stream, in order, until the source ends. */
public interface FrameSource extends AutoCloseable {

    /** The next frame, or null at the end of the source. */
    CapturedFrame next() throws IOException;

    /** Says where frames come from, without credentials, for summaries and logs. */
    String describe();

    @Override
    void close();
}
