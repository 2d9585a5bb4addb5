package com.slotledger.query.entitlement;

import com.slotledger.api.entitlement.EntitlementEvents.CandidateRegistered;
import com.slotledger.api.entitlement.EntitlementEvents.SlotAssigned;
import com.slotledger.api.entitlement.EntitlementEvents.SlotConsumed;
import com.slotledger.api.entitlement.EntitlementEvents.SlotReset;
import com.slotledger.query.shared.Projection;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps candidate_view. Handlers only collect writes; the batch goes to the database once, when the processor's
 * unit of work (a whole batch of events, with its token) commits. Idempotent: every write sets state.
 */
@Singleton
public class CandidateProjection implements Projection {

    public static final String NAME = "entitlement";
    private static final String BATCH = CandidateViewBatch.class.getName();

    private final ConnectionOperations<Connection> connections;

    public CandidateProjection(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    @Override
    public String projectionName() {
        return NAME;
    }

    @EventHandler
    void on(CandidateRegistered event) {
        batch().registered(event);
    }

    @EventHandler
    void on(SlotAssigned event) {
        batch().slotChanged(event.candidateId(), event);
    }

    @EventHandler
    void on(SlotConsumed event) {
        batch().slotChanged(event.candidateId(), event);
    }

    @EventHandler
    void on(SlotReset event) {
        batch().slotChanged(event.candidateId(), event);
    }

    @ResetHandler
    void reset() {
        write(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM candidate_view");
            }
        });
    }

    private CandidateViewBatch batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            CandidateViewBatch batch = new CandidateViewBatch();
            unitOfWork.onPrepareCommit(u -> write(batch::flush));
            return batch;
        });
    }

    private void write(SqlWork work) {
        connections.executeWrite(status -> {
            try {
                work.run(status.getConnection());
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("writing candidate_view failed: " + e.getMessage(), e);
            }
        });
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }
}
