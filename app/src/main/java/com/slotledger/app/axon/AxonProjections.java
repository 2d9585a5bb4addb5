package com.slotledger.app.axon;

import com.slotledger.command.shared.Jdbc;
import com.slotledger.query.shared.Projection;
import com.slotledger.query.shared.ProjectionStatus;
import com.slotledger.query.shared.Projections;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** The projections' progress (from the shared token table) and their replays. */
@Singleton
class AxonProjections implements Projections {

    private final Configuration axon;
    private final List<String> names;
    private final Jdbc jdbc;
    private final ProjectionProgress progress;
    private final ReplayCatchUp catchUp;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();

    AxonProjections(Configuration axon, List<Projection> projections, Jdbc jdbc) {
        this.axon = axon;
        this.names = projections.stream().map(Projection::projectionName).sorted().toList();
        this.jdbc = jdbc;
        this.progress = new ProjectionProgress(axon, jdbc);
        this.catchUp = new ReplayCatchUp(axon);
    }

    @Override
    public List<ProjectionStatus> list() {
        return names.stream().map(this::status).toList();
    }

    @Override
    public Optional<ProjectionStatus> find(String name) {
        return names.contains(name) ? Optional.of(status(name)) : Optional.empty();
    }

    @Override
    public boolean reached(String name, long position) {
        return progress.reached(name, position);
    }

    /**
     * The reset (tables cleared, tokens back to the start) happens before this returns; the rebuild runs in the
     * background: first in bulk up to the head, then in the processor, which goes on from there.
     */
    @Override
    public synchronized void replay(String name) {
        Rebuild running = rebuilds.remove(name);
        if (running != null) {
            running.stopAndWait();
        }
        PooledStreamingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(name, PooledStreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no pooled processor " + name));
        processor.shutDown();
        processor.resetTokens();
        Rebuild rebuild = new Rebuild();
        rebuilds.put(name, rebuild);
        rebuild.start(() -> {
            catchUp.run(processor, rebuild::stopping);
            if (!rebuild.stopping()) {
                processor.start();
            }
        }, name);
    }

    /** Rebuilds in flight end before Axon and the pool stop. */
    @PreDestroy
    synchronized void stopRebuilds() {
        rebuilds.values().forEach(Rebuild::stopAndWait);
        rebuilds.clear();
    }

    private StreamingEventProcessor processor(String name) {
        return axon.eventProcessingConfiguration().eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + name));
    }

    private ProjectionStatus status(String name) {
        List<ProjectionProgress.SegmentToken> tokens = progress.tokens(name);
        long position = tokens.stream().mapToLong(ProjectionProgress.SegmentToken::index).min().orElse(-1);
        boolean replaying = tokens.stream().anyMatch(ProjectionProgress.SegmentToken::replaying);
        long head = scalar("SELECT coalesce(max(globalindex), 0) FROM domainevententry", null);
        int deadLetters = (int) scalar("SELECT count(*) FROM deadletterentry WHERE processinggroup = ?", name);
        Rebuild rebuild = rebuilds.get(name);
        boolean running = processor(name).isRunning() || rebuild != null && rebuild.active();
        // an empty store leaves every token unset: nothing to handle is no lag
        long lag = head == 0 ? 0 : Math.max(0, head - position);
        return new ProjectionStatus(name, position, head, lag, replaying, running, deadLetters);
    }

    private long scalar(String sql, String param) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (param != null) {
                    statement.setString(1, param);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** One background rebuild of a projection, which can be told to stop and waited for. */
    private static final class Rebuild {

        private final AtomicBoolean stop = new AtomicBoolean();
        private Thread thread;

        void start(Runnable work, String name) {
            thread = new Thread(work, "replay-" + name);
            thread.setDaemon(true);
            thread.start();
        }

        boolean stopping() {
            return stop.get();
        }

        boolean active() {
            return thread.isAlive();
        }

        void stopAndWait() {
            stop.set(true);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
