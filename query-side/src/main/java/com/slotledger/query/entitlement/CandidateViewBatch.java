package com.slotledger.query.entitlement;

import com.slotledger.api.entitlement.EntitlementEvents.CandidateRegistered;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One processing batch's writes to candidate_view, sent as two JDBC batches: registrations first (each precedes
 * its candidate's slot events in the stream), then slot changes in event order. No row is read to write one.
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
    private final List<Object[]> slotChanges = new ArrayList<>();

    void registered(CandidateRegistered event) {
        registrations.add(event);
    }

    void slotChanged(String candidateId, Object event) {
        SlotState target = SlotState.NONE.next(event);
        boolean keep = SlotState.keepsAssignment(event);
        slotChanges.add(new Object[]{target.status().name(), keep, time(target.assignedAt()), keep, target.assignedBy(),
                time(target.consumedAt()), candidateId});
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
                for (Object[] change : slotChanges) {
                    bind(update, change);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        registrations.clear();
        slotChanges.clear();
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
