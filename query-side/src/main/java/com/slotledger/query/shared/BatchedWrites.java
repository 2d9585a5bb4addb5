package com.slotledger.query.shared;

import io.micronaut.data.connection.ConnectionOperations;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A projection's writes during one processing batch (Axon's unit of work over up to a thousand events): queued as
 * the handlers run and sent when the batch commits, each run of consecutive writes of one statement as one JDBC
 * batch. A generation's 52 sessions then cost one round trip and one prepared statement instead of 52. The order
 * of the writes is kept, so a later write to a row still follows the earlier one; handlers never read what they
 * wrote, so nothing needs to be sent earlier. Outside a unit of work (a reset) a write goes at once.
 */
public final class BatchedWrites {

    /** Sets a statement's parameters the way its owner converts values (instants, dates, enums, lists). */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement, Object[] params) throws SQLException;
    }

    private record Write(String sql, Object[] params) {
    }

    private final String name;
    private final ConnectionOperations<Connection> connections;
    private final Binder binder;

    /** {@code name} keys the queue in the unit of work and names the read model in errors. */
    public BatchedWrites(String name, ConnectionOperations<Connection> connections, Binder binder) {
        this.name = name;
        this.connections = connections;
        this.binder = binder;
    }

    public void write(String sql, Object... params) {
        if (!CurrentUnitOfWork.isStarted()) {
            send(List.of(new Write(sql, params)));
            return;
        }
        queue().add(new Write(sql, params));
    }

    private List<Write> queue() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(BatchedWrites.class.getName() + "/" + name, key -> {
            List<Write> writes = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> send(writes));
            return writes;
        });
    }

    private void send(List<Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        connections.executeWrite(status -> {
            Connection connection = status.getConnection();
            int from = 0;
            try {
                while (from < writes.size()) {
                    String sql = writes.get(from).sql();
                    int to = from;
                    while (to < writes.size() && writes.get(to).sql().equals(sql)) {
                        to++;
                    }
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        if (to - from == 1) {
                            binder.bind(statement, writes.get(from).params());
                            statement.executeUpdate();
                        } else {
                            for (Write write : writes.subList(from, to)) {
                                binder.bind(statement, write.params());
                                statement.addBatch();
                            }
                            statement.executeBatch();
                        }
                    }
                    from = to;
                }
            } catch (SQLException e) {
                SQLException cause = e.getNextException() != null ? e.getNextException() : e;
                throw new IllegalStateException(name + " read model write failed: " + cause.getMessage(), e);
            }
            return null;
        });
    }
}
