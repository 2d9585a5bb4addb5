package com.slotledger.app.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * The one INSERT that appends a transaction's held events ({@link AppendAtCommit}), every event a row with the columns
 * and values Axon's own append writes; alone, or followed by the COMMIT.
 */
final class HeldAppendStatement {

    /** Nine parameters a row: well inside the protocol's 65,535. A larger append goes in Axon's batch. */
    static final int ROWS_MAX = 1000;

    private final EventSchema schema;
    private final Serializer serializer;
    private final TimestampWriter timestamps;
    /** By number of rows, built when first needed. */
    private final String[] insertAlone = new String[ROWS_MAX + 1];
    private final String[] insertAndCommit = new String[ROWS_MAX + 1];

    HeldAppendStatement(EventSchema schema, Serializer serializer, TimestampWriter timestamps) {
        this.schema = schema;
        this.serializer = serializer;
        this.timestamps = timestamps;
    }

    /** Racy but safe: every thread that builds one builds the same immutable string. */
    String sql(int rows, boolean alone) {
        String[] built = alone ? insertAlone : insertAndCommit;
        String sql = built[rows];
        if (sql == null) {
            sql = "INSERT INTO %s (%s) VALUES %s%s".formatted(schema.domainEventTable(), schema.domainEventFields(),
                    String.join(",", Collections.nCopies(rows, "(?,?,?,?,?,?,?,?,?)")),
                    alone ? "" : "; COMMIT");
            built[rows] = sql;
        }
        return sql;
    }

    void bind(PreparedStatement statement, List<EventMessage<?>> events) throws SQLException {
        int column = 1;
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = message instanceof DomainEventMessage<?> domain ? domain
                    // as Axon stores an event published outside an aggregate
                    : new GenericDomainEventMessage<>(null, message.getIdentifier(), 0L, message,
                    message::getTimestamp);
            SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
            statement.setString(column++, event.getIdentifier());
            statement.setString(column++, event.getAggregateIdentifier());
            statement.setLong(column++, event.getSequenceNumber());
            statement.setString(column++, event.getType());
            timestamps.writeTimestamp(statement, column++, event.getTimestamp());
            statement.setString(column++, payload.getType().getName());
            statement.setString(column++, payload.getType().getRevision());
            statement.setBytes(column++, payload.getData());
            statement.setBytes(column++, event.serializeMetaData(serializer, byte[].class).getData());
        }
    }
}
