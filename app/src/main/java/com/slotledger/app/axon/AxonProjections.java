package com.slotledger.app.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slotledger.query.shared.Projection;
import com.slotledger.query.shared.ProjectionStatus;
import com.slotledger.query.shared.Projections;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Projection progress read from the token table, which every node shares: a node that claims no segment of a
 * projection still knows how far it is, so read-your-writes holds on any node.
 */
@Singleton
class AxonProjections implements Projections {

    private final Configuration axon;
    private final List<String> names;
    private final ConnectionOperations<Connection> connections;
    private final ObjectMapper json = new ObjectMapper();

    AxonProjections(Configuration axon, List<Projection> projections, ConnectionOperations<Connection> connections) {
        this.axon = axon;
        this.names = projections.stream().map(Projection::projectionName).sorted().toList();
        this.connections = connections;
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
        List<SegmentToken> tokens = tokens(name);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> token.covers(position));
    }

    @Override
    public void replay(String name) {
        StreamingEventProcessor processor = processor(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
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
        boolean running = processor(name).isRunning();
        return new ProjectionStatus(name, position, head, Math.max(0, head - position), replaying, running, deadLetters);
    }

    private long scalar(String sql, String param) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                if (param != null) {
                    statement.setString(1, param);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private List<SegmentToken> tokens(String name) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT token FROM tokenentry WHERE processorname = ?")) {
                statement.setString(1, name);
                List<SegmentToken> tokens = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tokens.add(SegmentToken.parse(rows.getBytes(1) == null ? null : json.readTree(rows.getBytes(1))));
                    }
                }
                return tokens;
            } catch (SQLException | IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A segment's gap-aware token: the highest position seen and the positions below it not yet seen. */
    record SegmentToken(long index, List<Long> gaps, boolean replaying) {

        static SegmentToken parse(JsonNode token) {
            if (token == null || token.isNull()) {
                return new SegmentToken(-1, List.of(), false);
            }
            boolean replaying = token.has("tokenAtReset");
            JsonNode current = replaying ? token.get("currentToken") : token;
            if (current == null || current.isNull()) {
                return new SegmentToken(-1, List.of(), true);
            }
            List<Long> gaps = new ArrayList<>();
            JsonNode gapNode = current.get("gaps");
            if (gapNode != null) {
                gapNode.forEach(gap -> gaps.add(gap.asLong()));
            }
            return new SegmentToken(current.path("index").asLong(-1), gaps, replaying);
        }

        boolean covers(long position) {
            return index >= position && !gaps.contains(position);
        }
    }
}
