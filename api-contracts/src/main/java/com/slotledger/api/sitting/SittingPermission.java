package com.slotledger.api.sitting;

import com.slotledger.api.shared.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The seed's permissions mapped onto our roles. Controllers name the permission next to their {@code @Secured}
 * roles; the feature's role-matrix test checks each endpoint against this table. "Assigned" permissions admit a
 * SUPERVISOR by role; the handlers then refuse slots the supervisor is not assigned to (OUT_OF_SCOPE / NOT_ASSIGNED).
 */
public enum SittingPermission {
    /** Semesters, rooms, subjects, students, enrolments, staff: create, change, retire. */
    REFERENCE_MANAGE(Role.ADMIN, Role.DATA_OPERATOR),
    REFERENCE_READ(Role.ADMIN, Role.DATA_OPERATOR, Role.SUPERVISOR, Role.AUDITOR),
    /** Schedule, reschedule, cancel slots; lecture rosters. */
    SLOT_MANAGE(Role.ADMIN, Role.DATA_OPERATOR),
    /** The seed's SLOT_READ: slots, slot subjects, participants. */
    SLOT_READ(Role.ADMIN, Role.DATA_OPERATOR, Role.SUPERVISOR, Role.AUDITOR),
    /** The seed's ENROLLMENT_MANAGE: slot subjects, participants, CSV import. */
    ENROLLMENT_MANAGE(Role.ADMIN, Role.DATA_OPERATOR),
    /** Start, stop, rescan (assigned supervisors). */
    SESSION_CONTROL(Role.ADMIN, Role.DATA_OPERATOR, Role.SUPERVISOR),
    /** Attendance, reports, exports, live events, evidence (assigned supervisors). */
    ATTENDANCE_READ(Role.ADMIN, Role.DATA_OPERATOR, Role.SUPERVISOR, Role.AUDITOR),
    /** Manual status change inside the edit window (assigned supervisors), or after it (DATA_OPERATOR). */
    ATTENDANCE_UPDATE(Role.ADMIN, Role.DATA_OPERATOR, Role.SUPERVISOR),
    /** The recognition service's callback. */
    RECOGNITION_CALLBACK(Role.RECOGNITION),
    /** A student's own exam schedule. */
    OWN_SCHEDULE(Role.CANDIDATE);

    private final Set<Role> roles;

    SittingPermission(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** Operators act on every slot and outside the supervisors' edit window. */
    public static boolean operator(Set<Role> roles) {
        return roles.contains(Role.ADMIN) || roles.contains(Role.DATA_OPERATOR);
    }
}
