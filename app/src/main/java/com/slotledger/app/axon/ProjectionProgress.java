package com.slotledger.app.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slotledger.command.shared.Jdbc;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.Segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far a projection is, read from the token table every node shares: a node that claims no segment of a
 * projection still knows, so read-your-writes holds on any node.
 * <p>
 * A projection has reached a position when no segment still owes an event up to it. A segment's token alone
 * under-reports: a segment with nothing of its own to handle stores its token only when it extends its claim,
 * seconds later. So the events a segment has not yet passed are looked at: if none of them is one this
 * projection handles and that segment owns, the segment owes nothing.
 */
final class ProjectionProgress {

    private final Configuration axon;
    private final Jdbc jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Optional<Class<?>>> payloadClasses = new ConcurrentHashMap<>();

    ProjectionProgress(Configuration axon, Jdbc jdbc) {
        this.axon = axon;
        this.jdbc = jdbc;
    }

    boolean reached(String name, long position) {
        List<SegmentToken> tokens = tokens(name);
        if (tokens.isEmpty()) {
            return false;
        }
        List<SegmentToken> behind = tokens.stream().filter(token -> !token.passed(position)).toList();
        if (behind.isEmpty()) {
            return true;
        }
        // while a replay runs, rows of other segments are still being rebuilt from older events
        if (tokens.stream().anyMatch(SegmentToken::replaying)) {
            return false;
        }
        // a position not yet written is owed by whoever gets it
        if (head() < position) {
            return false;
        }
        int[] ids = tokens.stream().mapToInt(SegmentToken::segment).toArray();
        EventHandlerInvoker invoker = invoker(name);
        return behind.stream().noneMatch(token -> owes(token, Segment.computeSegment(token.segment(), ids), position,
                invoker));
    }

    /**
     * Whether an event up to the position that this segment has not passed is one the projection handles and the
     * segment owns. The types in the window come first (few, whatever its length); the events are read only for
     * the types handled. The window is read as two index range scans (above the token, and its gaps): with an OR in
     * one WHERE the generic plan walked the primary key from the first event on, tens of milliseconds per check at a
     * few hundred thousand events.
     */
    private boolean owes(SegmentToken token, Segment segment, long position, EventHandlerInvoker invoker) {
        List<String> handled = jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT DISTINCT payloadtype FROM (
                        SELECT payloadtype FROM domainevententry WHERE globalindex > ? AND globalindex <= ?
                        UNION ALL
                        SELECT payloadtype FROM domainevententry WHERE globalindex = ANY (?)) window_types""")) {
                statement.setLong(1, token.index());
                statement.setLong(2, position);
                statement.setArray(3, gaps(connection, token, position));
                List<String> types = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (payloadClass(rows.getString(1)).map(invoker::canHandleType).orElse(false)) {
                            types.add(rows.getString(1));
                        }
                    }
                }
                return types;
            }
        });
        if (handled.isEmpty()) {
            return false;
        }
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT aggregateidentifier FROM domainevententry
                    WHERE globalindex > ? AND globalindex <= ? AND payloadtype = ANY (?)
                    UNION ALL
                    SELECT aggregateidentifier FROM domainevententry
                    WHERE globalindex = ANY (?) AND payloadtype = ANY (?)""")) {
                Array types = connection.createArrayOf("varchar", handled.toArray());
                statement.setLong(1, token.index());
                statement.setLong(2, position);
                statement.setArray(3, types);
                statement.setArray(4, gaps(connection, token, position));
                statement.setArray(5, types);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        // Axon's default sequencing policy keys a domain event by its aggregate
                        if (segment.matches(rows.getString(1))) {
                            return true;
                        }
                    }
                }
                return false;
            }
        });
    }

    private static Array gaps(Connection connection, SegmentToken token, long position) throws SQLException {
        return connection.createArrayOf("bigint", token.gaps().stream().filter(gap -> gap <= position).toArray());
    }

    private long head() {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT coalesce(max(globalindex), 0) FROM domainevententry");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private Optional<Class<?>> payloadClass(String name) {
        return payloadClasses.computeIfAbsent(name, type -> {
            try {
                return Optional.of(Class.forName(type, false, getClass().getClassLoader()));
            } catch (ClassNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    private EventHandlerInvoker invoker(String name) {
        EventProcessor processor = axon.eventProcessingConfiguration().eventProcessor(name)
                .orElseThrow(() -> new IllegalStateException("no processor " + name));
        return ((AbstractEventProcessor) processor).eventHandlerInvoker();
    }

    List<SegmentToken> tokens(String name) {
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

        /** Seen every position up to this one. */
        boolean passed(long position) {
            return index >= position && gaps.stream().noneMatch(gap -> gap <= position);
        }
    }
}
