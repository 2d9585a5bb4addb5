package com.slotledger.query.entitlement;

import com.slotledger.api.entitlement.EntitlementEvents.CandidateRegistered;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.slotledger.query.shared.ViewWrites.time;

/**
 * One processing batch's writes to candidate_view, sent as two JDBC batches: registrations first (each precedes
 * its candidate's slot events in the stream), then one slot write per candidate. No row is read to write one.
 */
final class CandidateViewBatch {

    private static final String INSERT = """
            INSERT INTO candidate_view (candidate_id, name, roll_number, trade, centre_id, user_id, slot_status, registered_at)
            VALUES (?, ?, ?, ?, ?, ?, 'NO_SLOT', ?) ON CONFLICT (candidate_id) DO NOTHING""";
    private static final String UPDATE = """
            UPDATE candidate_view SET slot_status = ?,
                slot_assigned_at = CASE WHEN ? THEN slot_assigned_at ELSE CAST(? AS TIMESTAMPTZ) END,
                slot_assigned_by = CASE WHEN ? THEN slot_assigned_by ELSE CAST(? AS TEXT) END,
                slot_consumed_at = CAST(? AS TIMESTAMPTZ)
            WHERE candidate_id = ?""";

    private final List<CandidateRegistered> registrations = new ArrayList<>();
    private final Map<String, SlotChange> slotChanges = new LinkedHashMap<>();

    void registered(CandidateRegistered event) {
        registrations.add(event);
    }

    /** Several events for one candidate in a batch compose into one write of the final state. */
    void slotChanged(String candidateId, Object event) {
        SlotChange change = new SlotChange(SlotState.NONE.next(event), SlotState.keepsAssignment(event));
        slotChanges.merge(candidateId, change, SlotChange::then);
    }

    void flush(Connection connection) throws SQLException {
        if (!registrations.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (CandidateRegistered event : registrations) {
                    bind(insert, event.candidateId(), event.name(), event.rollNumber(), event.trade(), event.centreId(),
                            event.userId(), time(event.registeredAt()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (!slotChanges.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                for (Map.Entry<String, SlotChange> entry : slotChanges.entrySet()) {
                    SlotState target = entry.getValue().target();
                    boolean keep = entry.getValue().keepsAssignment();
                    bind(update, target.status().name(), keep, time(target.assignedAt()), keep, target.assignedBy(),
                            time(target.consumedAt()), entry.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        registrations.clear();
        slotChanges.clear();
    }

    /** The state a change writes; with keepsAssignment the row's assignment fields stay as they are. */
    record SlotChange(SlotState target, boolean keepsAssignment) {

        SlotChange then(SlotChange next) {
            if (!next.keepsAssignment()) {
                return next;
            }
            SlotState merged = new SlotState(next.target().status(), target.assignedAt(), target.assignedBy(),
                    next.target().consumedAt());
            return new SlotChange(merged, keepsAssignment);
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

}
