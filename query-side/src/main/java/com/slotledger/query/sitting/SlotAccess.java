package com.slotledger.query.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Role;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * Data isolation for slots: operators and auditors see every slot, a supervisor only the slots they are
 * assigned to. Enforced here, in the query handlers, whatever the controller's role check let through.
 */
@Singleton
class SlotAccess {

    private final SittingSql sql;

    SlotAccess(SittingSql sql) {
        this.sql = sql;
    }

    static boolean seesAll(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.DATA_OPERATOR) || actor.has(Role.AUDITOR);
    }

    /** The supervisor a listing is limited to, or null when the actor sees every slot. */
    static String supervisorFilter(Actor actor) {
        return seesAll(actor) ? null : actor.userId();
    }

    Map<String, Object> slot(String slotId, Actor actor) {
        Map<String, Object> slot = sql.rows(SlotQueries.SLOT + " WHERE s.slot_id = ?", slotId).stream().findFirst()
                .orElseThrow(() -> new DomainRejection(ErrorCode.SLOT_NOT_FOUND, "No slot " + slotId + "."));
        if (!seesAll(actor) && !((List<?>) slot.get("supervisorIds")).contains(actor.userId())) {
            throw new DomainRejection(ErrorCode.NOT_ASSIGNED, "You are not a supervisor of this slot.");
        }
        return slot;
    }

    /** An attendance record, if the actor may see its slot. */
    Map<String, Object> attendance(String attendanceId, Actor actor) {
        Map<String, Object> row = sql.rows(SlotQueries.ATTENDANCE + " WHERE a.attendance_id = ?", attendanceId).stream()
                .findFirst().orElseThrow(() -> new DomainRejection(ErrorCode.ATTENDANCE_NOT_FOUND, "No attendance " + attendanceId + "."));
        slot((String) row.get("slotId"), actor);
        return row;
    }
}
