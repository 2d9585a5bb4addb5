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
 * One processing batch's writes to candidate_view: registrations first, as one JDBC batch (each precedes its
 * candidate's slot events in the stream), then every candidate's slot state in one statement. No row is read to
 * write one.
 */
final class CandidateViewBatch {

    private static final String INSERT = """
            INSERT INTO candidate_view (candidate_id, name, roll_number, trade, centre_id, user_id, slot_status, registered_at)
            VALUES (?, ?, ?, ?, ?, ?, 'NO_SLOT', ?) ON CONFLICT (candidate_id) DO NOTHING""";
    /**
     * Every candidate's final state in one statement, its columns as arrays (each candidate once); instants as
     * microseconds since the epoch, which PostgreSQL turns into a timestamp exactly and no one has to format.
     */
    private static final String UPDATE = """
            UPDATE candidate_view AS v SET slot_status = c.status,
                slot_assigned_at = CASE WHEN c.keep THEN v.slot_assigned_at
                    ELSE TIMESTAMPTZ 'epoch' + c.assigned_at * INTERVAL '1 microsecond' END,
                slot_assigned_by = CASE WHEN c.keep THEN v.slot_assigned_by ELSE c.assigned_by END,
                slot_consumed_at = TIMESTAMPTZ 'epoch' + c.consumed_at * INTERVAL '1 microsecond'
            FROM unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS BOOLEAN[]), CAST(? AS BIGINT[]),
                        CAST(? AS TEXT[]), CAST(? AS BIGINT[]))
                AS c(candidate_id, status, keep, assigned_at, assigned_by, consumed_at)
            WHERE v.candidate_id = c.candidate_id""";

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
            int size = slotChanges.size();
            String[] ids = new String[size];
            String[] statuses = new String[size];
            Boolean[] keeps = new Boolean[size];
            Long[] assignedAt = new Long[size];
            String[] assignedBy = new String[size];
            Long[] consumedAt = new Long[size];
            int i = 0;
            for (Map.Entry<String, SlotChange> entry : slotChanges.entrySet()) {
                SlotState target = entry.getValue().target();
                ids[i] = entry.getKey();
                statuses[i] = target.status().name();
                keeps[i] = entry.getValue().keepsAssignment();
                assignedAt[i] = micros(target.assignedAt());
                assignedBy[i] = target.assignedBy();
                consumedAt[i] = micros(target.consumedAt());
                i++;
            }
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                update.setArray(1, connection.createArrayOf("text", ids));
                update.setArray(2, connection.createArrayOf("text", statuses));
                update.setArray(3, connection.createArrayOf("bool", keeps));
                update.setArray(4, connection.createArrayOf("int8", assignedAt));
                update.setArray(5, connection.createArrayOf("text", assignedBy));
                update.setArray(6, connection.createArrayOf("int8", consumedAt));
                update.executeUpdate();
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

    /** Rounded to the microsecond, as PostgreSQL rounds a timestamp it is given with nanoseconds. */
    private static Long micros(Instant instant) {
        return instant == null ? null : instant.getEpochSecond() * 1_000_000L + (instant.getNano() + 500) / 1000;
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

}
