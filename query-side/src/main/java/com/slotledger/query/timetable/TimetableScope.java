package com.slotledger.query.timetable;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Role;

/**
 * What a reader may see: staff (ADMIN, DATA_OPERATOR, SUPERVISOR, AUDITOR) every course group; a LECTURER only the
 * groups they teach, with their sessions, exceptions and calendar. A room's schedule is occupancy and open to all
 * readers. Enforced in the queries, whatever the controller's role check let through.
 */
record TimetableScope(String lecturerId) {

    static TimetableScope of(Actor actor) {
        boolean staff = actor.has(Role.ADMIN) || actor.has(Role.DATA_OPERATOR) || actor.has(Role.SUPERVISOR)
                || actor.has(Role.AUDITOR);
        return new TimetableScope(staff ? null : actor.userId());
    }

    void requireVisible(String groupLecturerId, String what) {
        if (lecturerId != null && !lecturerId.equals(groupLecturerId)) {
            throw new DomainRejection(ErrorCode.OUT_OF_SCOPE, "The " + what + " belongs to a course group you do not teach.");
        }
    }
}
