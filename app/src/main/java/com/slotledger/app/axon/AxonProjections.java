package com.slotledger.app.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slotledger.command.shared.Jdbc;
import com.slotledger.query.shared.Projection;
import com.slotledger.query.shared.ProjectionStatus;
import com.slotledger.query.shared.Projections;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Projection progress read from the token table, which every node shares: a node that claims no segment of a
 * projection still knows how far it is, so read-your-writes holds on any node.
 */
@Singleton
class AxonProjections implements Projections {

    private final Configuration axon;
    private final List<String> names;
    private final Jdbc jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private final ReplayCatchUp catchUp;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();

    AxonProjections(Configuration axon, List<Projection> projections, Jdbc jdbc) {
        this.axon = axon;
        this.names = projections.stream().map(Projection::projectionName).sorted().toList();
        this.jdbc = jdbc;
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

    /**
     * Only the segment that owns the event must have passed it: a segment with nothing of its own to handle
     * stores its token only when it extends its claim, seconds later. While a replay runs, every segment must
     * have passed it, since the other segments' rows are still being rebuilt from older events.
     */
    @Override
    public boolean reached(String name, long position) {
        List<SegmentToken> tokens = tokens(name);
        if (tokens.isEmpty()) {
            return false;
        }
        if (tokens.stream().allMatch(token -> token.covers(position))) {
            return true;
        }
        if (tokens.stream().anyMatch(SegmentToken::replaying)) {
            return false;
        }
        int[] segmentIds = tokens.stream().mapToInt(SegmentToken::segment).toArray();
        Optional<String> aggregateId = aggregateAt(position);
        return tokens.stream()
                .filter(token -> aggregateId.map(Segment.computeSegment(token.segment(), segmentIds)::matches).orElse(true))
                .allMatch(token -> token.covers(position));
    }

    /** The sequence key Axon's default policy uses to pick a segment: the event's aggregate id. */
    private Optional<String> aggregateAt(long position) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT aggregateidentifier FROM domainevententry WHERE globalindex = ?")) {
                statement.setLong(1, position);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
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
        List<SegmentToken> tokens = tokens(name);
        long position = tokens.stream().mapToLong(SegmentToken::index).min().orElse(-1);
        boolean replaying = tokens.stream().anyMatch(SegmentToken::replaying);
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

    private List<SegmentToken> tokens(String name) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT segment, token FROM tokenentry WHERE processorname = ?")) {
                statement.setString(1, name);
                List<SegmentToken> tokens = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        byte[] token = rows.getBytes(2);
                        tokens.add(SegmentToken.parse(rows.getInt(1), token == null ? null : json.readTree(token)));
                    }
                }
                return tokens;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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

    /** A segment's gap-aware token: the highest position seen and the positions below it not yet seen. */
    record SegmentToken(int segment, long index, List<Long> gaps, boolean replaying) {

        static SegmentToken parse(int segment, JsonNode token) {
            if (token == null || token.isNull()) {
                return new SegmentToken(segment, -1, List.of(), false);
            }
            boolean reset = token.has("tokenAtReset");
            JsonNode current = reset ? token.get("currentToken") : token;
            if (current == null || current.isNull()) {
                return new SegmentToken(segment, -1, List.of(), reset);
            }
            // Axon unwraps its replay token only at the first event after the reset point, which may never come
            // on a quiet store; a segment that has reached the reset point has finished replaying
            long index = current.path("index").asLong(-1);
            boolean replaying = reset && index < token.path("tokenAtReset").path("index").asLong(Long.MAX_VALUE);
            List<Long> gaps = new ArrayList<>();
            JsonNode gapNode = current.get("gaps");
            if (gapNode != null) {
                gapNode.forEach(gap -> gaps.add(gap.asLong()));
            }
            return new SegmentToken(segment, index, gaps, replaying);
        }

        boolean covers(long position) {
            return index >= position && !gaps.contains(position);
        }
    }
}
