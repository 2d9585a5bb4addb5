package com.slotledger.recognition.service;

import com.slotledger.api.sitting.SessionMode;
import com.slotledger.recognition.detection.FaceDetector;
import com.slotledger.recognition.enrolment.ModelRegistry;
import com.slotledger.recognition.model.FaceNormaliser;
import com.slotledger.recognition.run.FacePipeline;
import com.slotledger.recognition.run.RecognitionRun;
import com.slotledger.recognition.run.RecognitionSink;
import com.slotledger.recognition.run.RunOptions;
import com.slotledger.recognition.run.RunSummary;
import com.slotledger.recognition.run.StageTimes;
import com.slotledger.recognition.run.StudentRecognised;
import com.slotledger.recognition.source.FrameSource;
import com.slotledger.recognition.source.GrabberFrameSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tied to slot sessions, in this process: a started session on a slot whose room has a camera starts a run in
 * the session's mode, a stopped session stops it. The run learns the slot's room and roster from the read models
 * as of the SessionStarted event, and reports through {@link CommandSink}.
 */
@Singleton
public class RecognitionRuns {

    private static final Logger LOG = LoggerFactory.getLogger(RecognitionRuns.class);
    private static final int KEEP_FINISHED = 50;

    private final List<Camera> cameras;
    private final SlotDirectory slots;
    private final ModelRegistry models;
    private final CommandPort commands;
    private final RecognitionSettings settings;
    private final Clock clock;
    private final Provider<FaceDetector> detector;
    private final FaceNormaliser normaliser;
    private volatile FacePipeline pipeline;
    private final ExecutorService executor;
    private final Map<String, Active> active = new ConcurrentHashMap<>();
    private final Deque<RunSummary> finished = new ArrayDeque<>();
    private final List<RecognitionSink> listeners = new CopyOnWriteArrayList<>();

    /** The detector is taken at the first run: a node without cameras never loads the natives. */
    public RecognitionRuns(List<Camera> cameras, SlotDirectory slots, ModelRegistry models, CommandPort commands,
                           RecognitionSettings settings, Provider<FaceDetector> detector, FaceNormaliser normaliser,
                           Clock clock) {
        this.cameras = List.copyOf(cameras);
        this.slots = slots;
        this.models = models;
        this.commands = commands;
        this.settings = settings;
        this.clock = clock;
        this.detector = detector;
        this.normaliser = normaliser;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, settings.maxRuns()), runnable -> {
            Thread thread = new Thread(runnable, "recognition-run-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A run in progress (or about to start) for a slot. */
    private static final class Active {
        final String runId;
        final SessionMode mode;
        volatile RecognitionRun run;
        volatile boolean stopRequested;

        Active(String runId, SessionMode mode) {
            this.runId = runId;
            this.mode = mode;
        }
    }

    /** Also tells {@code listener} of every decision and every run's end (after the commands went out). */
    public void addListener(RecognitionSink listener) {
        listeners.add(listener);
    }

    public void removeListener(RecognitionSink listener) {
        listeners.remove(listener);
    }

    /**
     * The session of {@code slotId} started (event at {@code position}): starts a run, on the run threads, if the
     * slot's room has a camera. Listeners hear of its decisions and its end.
     */
    public void sessionStarted(String slotId, SessionMode mode, long position) {
        if (cameras.isEmpty() || !settings.inProcess()) {
            return;
        }
        Active previous = active.get(slotId);
        if (previous != null) {
            stop(previous);
        }
        Active started = new Active(UUID.randomUUID().toString(), mode);
        active.put(slotId, started);
        executor.execute(() -> {
            try {
                run(slotId, position, started);
            } catch (RuntimeException | Error e) {
                LOG.warn("recognition run {} for slot {} failed: {}", started.runId, slotId, e.toString());
            } finally {
                active.remove(slotId, started);
            }
        });
    }

    /** The session of {@code slotId} stopped: its run ends after the frame in hand. */
    public void sessionStopped(String slotId) {
        Active running = active.get(slotId);
        if (running != null) {
            stop(running);
        }
    }

    private static void stop(Active running) {
        running.stopRequested = true;
        RecognitionRun run = running.run;
        if (run != null) {
            run.stop();
        }
    }

    private void run(String slotId, long position, Active started) {
        Optional<SlotDirectory.SlotView> slot;
        try {
            slot = slots.slot(slotId, position);
        } catch (RuntimeException e) {
            failed(started, slotId, null, "the slot's room and roster could not be read: " + e.getMessage());
            return;
        }
        Optional<Camera> camera = slot.flatMap(s -> cameras.stream().filter(c -> c.serves(s.roomId(), s.roomName())).findFirst());
        if (camera.isEmpty() || started.stopRequested) {
            LOG.info("no recognition run for slot {}: {}", slotId, slot.isEmpty() ? "no such slot"
                    : camera.isEmpty() ? "no camera in room " + slot.get().roomName() : "its session already stopped");
            return;
        }
        SlotDirectory.SlotView view = slot.get();
        models.refresh();
        FrameSource source;
        try {
            source = open(camera.get());
        } catch (IOException e) {
            failed(started, slotId, view, "camera " + camera.get().name() + " cannot be opened: " + e.getMessage());
            return;
        }
        int frameStep = camera.get().frameStep() > 0 ? camera.get().frameStep() : settings.frameStep();
        Collecting collecting = new Collecting(new CommandSink(commands, started.runId, view.kind(), clock));
        RecognitionRun run = new RecognitionRun(started.runId, slotId, started.mode, view.roster(), source, pipeline(),
                collecting, new RunOptions(frameStep, settings.minSightings()), clock);
        started.run = run;
        if (started.stopRequested) {
            run.stop();
        }
        LOG.info("recognition run {} for slot {} ({} pass) started on camera {} ({})", started.runId, slotId,
                started.mode, camera.get().name(), source.describe());
        run.run();
        LOG.info("recognition run {} ended: {}", started.runId, run.summary());
    }

    /** A run that could not start is reported as FAILED, so the session's missing recognition is on record. */
    private void failed(Active started, String slotId, SlotDirectory.SlotView view, String why) {
        LOG.warn("recognition run {} for slot {} failed to start: {}", started.runId, slotId, why);
        RunSummary failed = new RunSummary(started.runId, slotId, started.mode, "none", clock.instant(), clock.instant(),
                RunSummary.End.FAILED, why, 0, 0, settings.frameStep(), 0, Map.of(), Map.of(), 0, 0, 0, "", 0,
                new StageTimes().summary());
        new Collecting(new CommandSink(commands, started.runId, view == null ? null : view.kind(), clock)).finished(failed);
    }

    private FacePipeline pipeline() {
        if (pipeline == null) {
            pipeline = new FacePipeline(detector.get(), normaliser, models::current);
        }
        return pipeline;
    }

    private FrameSource open(Camera camera) throws IOException {
        return GrabberFrameSource.open(camera.url(), camera.ffmpegOptions(), clock);
    }

    private synchronized void remember(RunSummary summary) {
        finished.addFirst(summary);
        while (finished.size() > KEEP_FINISHED) {
            finished.removeLast();
        }
    }

    /** Runs that ended on this node, newest first. */
    public synchronized List<RunSummary> finished() {
        return List.copyOf(finished);
    }

    /** Slots with a run in progress on this node. */
    public List<String> running() {
        return List.copyOf(active.keySet());
    }

    @PreDestroy
    void shutdown() {
        active.values().forEach(RecognitionRuns::stop);
        executor.shutdownNow();
    }

    /** Passes everything to the sink, then to the listeners; keeps the summary among the finished runs. */
    private final class Collecting implements RecognitionSink {
        private final RecognitionSink sink;

        Collecting(RecognitionSink sink) {
            this.sink = sink;
        }

        @Override
        public void recognised(StudentRecognised decision) {
            sink.recognised(decision);
            listeners.forEach(listener -> listener.recognised(decision));
        }

        @Override
        public void finished(RunSummary summary) {
            sink.finished(summary);
            remember(summary);
            listeners.forEach(listener -> listener.finished(summary));
        }
    }
}
