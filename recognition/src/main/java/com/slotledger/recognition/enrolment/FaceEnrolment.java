package com.slotledger.recognition.enrolment;

import com.slotledger.api.recognition.FaceCommands.EnrolFace;
import com.slotledger.api.recognition.FaceCommands.RemoveFaces;
import com.slotledger.api.shared.Actor;
import com.slotledger.recognition.model.NormalisedFace;
import com.slotledger.recognition.service.CommandPort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Enrols and removes faces. The photo is checked before any transaction opens (decoding and detection take tens of
 * milliseconds); then the gallery rows and the command's events commit or roll back together, so a refused
 * command leaves no photo behind and a removal leaves no image. The model retrains in the background afterwards.
 */
@Singleton
public class FaceEnrolment {

    private static final Logger LOG = LoggerFactory.getLogger(FaceEnrolment.class);

    private final PhotoCheck check;
    private final FaceGallery gallery;
    private final ModelRegistry models;
    private final CommandPort commands;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final ExecutorService retraining = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "face-model-training");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean retrainPending = new AtomicBoolean();

    public FaceEnrolment(PhotoCheck check, FaceGallery gallery, ModelRegistry models, CommandPort commands,
                         TransactionOperations<Connection> transactions, Clock clock) {
        this.check = check;
        this.gallery = gallery;
        this.models = models;
        this.commands = commands;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Enrolled(String studentId, String sha256, String mediaType, int size, Box face, String model,
                           long position) {
    }

    public record Box(int x, int y, int width, int height) {
    }

    public record Removed(String studentId, List<String> removed, long position) {
    }

    public Enrolled enrol(String studentId, byte[] bytes, Actor actor) {
        PhotoCheck.CheckedPhoto photo = check.check(bytes);
        try (NormalisedFace face = photo.normalised()) {
            Instant at = clock.instant();
            String model = models.enrolmentModel();
            long position = transactions.executeWrite(status -> {
                gallery.enrol(studentId, photo, models.cropModel(), actor.userId(), at);
                return commands.send(new EnrolFace(studentId, photo.sha256(), photo.mediaType(), bytes.length, model,
                        actor.userId(), at), actor);
            });
            retrainSoon();
            var box = photo.face();
            return new Enrolled(studentId, photo.sha256(), photo.mediaType(), bytes.length,
                    new Box(box.x(), box.y(), box.width(), box.height()), model, position);
        }
    }

    public Removed remove(String studentId, Actor actor) {
        Instant at = clock.instant();
        Removed removed = transactions.executeWrite(status -> {
            List<String> hashes = gallery.remove(studentId);
            long position = commands.send(new RemoveFaces(studentId, actor.userId(), at), actor);
            return new Removed(studentId, hashes, position);
        });
        retrainSoon();
        return removed;
    }

    /** Retrains once for any number of changes that arrive while a training runs. */
    private void retrainSoon() {
        if (retrainPending.compareAndSet(false, true)) {
            retraining.execute(() -> {
                retrainPending.set(false);
                try {
                    models.refresh();
                } catch (RuntimeException e) {
                    LOG.warn("retraining the face model failed; the next run retries: {}", e.toString());
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        retraining.shutdownNow();
    }
}
