package com.slotledger.recognition.callback;

import com.slotledger.api.sitting.AttendanceKind;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.recognition.detection.CascadeFaceDetector;
import com.slotledger.recognition.detection.FaceDetector;
import com.slotledger.recognition.enrolment.ModelRegistry;
import com.slotledger.recognition.model.EnrolledFace;
import com.slotledger.recognition.model.FaceNormaliser;
import com.slotledger.recognition.model.LbphMatcher;
import com.slotledger.recognition.model.TrainedModel;
import com.slotledger.recognition.run.FacePipeline;
import com.slotledger.recognition.run.RecognitionRun;
import com.slotledger.recognition.run.RunOptions;
import com.slotledger.recognition.run.RunSummary;
import com.slotledger.recognition.source.FrameSource;
import com.slotledger.recognition.source.GrabberFrameSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Recognition as a separate process for one slot session: trains on the app's gallery (over HTTP), reads the room's
 * camera and posts what it recognises to the recognition callback, as a RECOGNITION service account, until the
 * source ends or the process is stopped (SIGTERM stops the run and still reports it). README, Recognition, shows
 * how to start it.
 */
public final class RecognitionProcess {

    private static final Logger LOG = LoggerFactory.getLogger(RecognitionProcess.class);

    private RecognitionProcess() {
    }

    /** What to run: the slot's pass and the camera; the roster is optional (the slot refuses others anyway). */
    public record Options(String slotId, SessionMode mode, AttendanceKind kind, String source,
                          Map<String, String> ffmpegOptions, Set<String> roster, int frameStep, int minSightings) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> flags = flags(args);
        URI backend = URI.create(one(flags, "backend", null));
        String user = one(flags, "user", "recognition");
        String password = System.getenv("SLOTLEDGER_RECOGNITION_PASSWORD");
        String tokenFile = one(flags, "token-file", "");
        BackendClient client = !tokenFile.isEmpty()
                ? new BackendClient(backend, Files.readString(Path.of(tokenFile)).trim())
                : BackendClient.signingIn(backend, user, require(password, "SLOTLEDGER_RECOGNITION_PASSWORD"));
        Map<String, String> ffmpeg = new LinkedHashMap<>();
        for (String option : flags.getOrDefault("option", List.of())) {
            int equals = option.indexOf('=');
            ffmpeg.put(option.substring(0, equals), option.substring(equals + 1));
        }
        String roster = one(flags, "roster", "");
        Options options = new Options(one(flags, "slot", null), SessionMode.valueOf(one(flags, "mode", "INITIAL")),
                AttendanceKind.valueOf(one(flags, "kind", "EXAM")), one(flags, "source", null), ffmpeg,
                roster.isEmpty() ? null : Set.of(roster.split(",")), Integer.parseInt(one(flags, "frame-step", "2")),
                Integer.parseInt(one(flags, "min-sightings", "3")));
        try (FaceDetector detector = new CascadeFaceDetector(CascadeFaceDetector.Kind.HAAR, 60, 320)) {
            RunSummary summary = run(options, client, detector, Clock.systemUTC());
            System.out.println(summary);
            System.exit(summary.end() == RunSummary.End.FAILED ? 1 : 0);
        }
    }

    /** Trains on the gallery, runs over the source and reports; answers the run's summary. */
    public static RunSummary run(Options options, BackendClient client, FaceDetector detector, Clock clock) throws IOException {
        FaceNormaliser normaliser = new FaceNormaliser();
        TrainedModel model = train(client, detector, normaliser);
        FrameSource source = GrabberFrameSource.open(options.source(), options.ffmpegOptions(), clock);
        RecognitionRun run = new RecognitionRun(UUID.randomUUID().toString(), options.slotId(), options.mode(),
                options.roster(), source, new FacePipeline(detector, normaliser, () -> model),
                new CallbackSink(client, options.kind()),
                new RunOptions(options.frameStep(), options.minSightings()), clock);
        CountDownLatch reported = new CountDownLatch(1);
        Thread stopper = new Thread(() -> {
            run.stop();
            awaitQuietly(reported);
        }, "recognition-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            run.run();
        } finally {
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waited for the report above
            }
        }
        model.close();
        return run.summary();
    }

    /** The model of every enrolled photo the app holds, each cropped as the app crops it. */
    static TrainedModel train(BackendClient client, FaceDetector detector, FaceNormaliser normaliser) throws IOException {
        List<EnrolledFace> faces = new ArrayList<>();
        for (BackendClient.GalleryPhoto photo : client.gallery()) {
            ModelRegistry.crop(client.photo(photo.studentId(), photo.sha256()), detector, normaliser)
                    .ifPresent(crop -> faces.add(new EnrolledFace(photo.studentId(), photo.sha256(), crop.face())));
        }
        TrainedModel model = TrainedModel.train(LbphMatcher.TUNED, normaliser.name(), faces, null);
        faces.forEach(face -> face.face().close());
        LOG.info("face model {} trained on {} photos of {} students", model.version(), model.faces(), model.students().size());
        return model;
    }

    private static Map<String, List<String>> flags(String[] args) {
        Map<String, List<String>> flags = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --flag value pairs, got " + Arrays.toString(args));
            }
            flags.computeIfAbsent(args[i].substring(2), key -> new ArrayList<>()).add(args[i + 1]);
        }
        return flags;
    }

    private static String one(Map<String, List<String>> flags, String name, String fallback) {
        List<String> values = flags.get(name);
        if (values == null) {
            return require(fallback, "--" + name);
        }
        return values.get(values.size() - 1);
    }

    private static String require(String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required; flags: --backend URL --slot ID --mode INITIAL|RESCAN"
                    + " --kind EXAM|REGULAR --source URL|FILE [--option k=v]... [--roster id,id] [--frame-step N]"
                    + " [--min-sightings N] [--user NAME (password in SLOTLEDGER_RECOGNITION_PASSWORD) | --token-file F]");
        }
        return value;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
