package com.slotledger.recognition.run;

/**
 * Time spent per pipeline stage, summed over the frames analysed: what the benchmark prints and a run's summary
 * reports. Not thread-safe: one per run (or per benchmark pass).
 */
public final class StageTimes {

    private long frames;
    private long faces;
    private long detectNanos;
    private long normaliseNanos;
    private long recogniseNanos;
    private long facesWallNanos;

    /** {@code normalise} and {@code recognise} are summed over the frame's faces; {@code facesWall} is their elapsed time. */
    void add(long detect, long normalise, long recognise, long facesWall, int facesInFrame) {
        frames++;
        faces += facesInFrame;
        detectNanos += detect;
        normaliseNanos += normalise;
        recogniseNanos += recognise;
        facesWallNanos += facesWall;
    }

    public long frames() {
        return frames;
    }

    public double facesPerFrame() {
        return frames == 0 ? 0 : (double) faces / frames;
    }

    public double detectMillis() {
        return perFrame(detectNanos);
    }

    public double normaliseMillis() {
        return perFrame(normaliseNanos);
    }

    public double recogniseMillis() {
        return perFrame(recogniseNanos);
    }

    /** Elapsed time of normalising and recognising a frame's faces, which run in parallel. */
    public double facesMillis() {
        return perFrame(facesWallNanos);
    }

    /** Elapsed detection + normalisation + recognition per analysed frame. */
    public double totalMillis() {
        return perFrame(detectNanos + facesWallNanos);
    }

    public Summary summary() {
        return new Summary(frames, facesPerFrame(), detectMillis(), normaliseMillis(), recogniseMillis(), facesMillis(),
                totalMillis());
    }

    private double perFrame(long nanos) {
        return frames == 0 ? 0 : nanos / 1e6 / frames;
    }

    /**
     * Milliseconds per analysed frame, by stage: normalise and recognise summed over the faces, {@code facesMillis}
     * the elapsed time of both for all faces in parallel, {@code totalMillis} elapsed detection plus that.
     */
    public record Summary(long frames, double facesPerFrame, double detectMillis, double normaliseMillis,
                          double recogniseMillis, double facesMillis, double totalMillis) {
        @Override
        public String toString() {
            return String.format("%d frames, %.1f faces/frame, detect %.1f ms, normalise %.2f ms + recognise %.2f ms "
                            + "(summed over faces; %.1f ms elapsed in parallel), total %.1f ms", frames, facesPerFrame,
                    detectMillis, normaliseMillis, recogniseMillis, facesMillis, totalMillis);
        }
    }
}
