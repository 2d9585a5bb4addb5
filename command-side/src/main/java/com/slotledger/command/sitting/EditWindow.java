package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Rule "edit window": manual attendance changes open at the slot's start and close at the end of the slot's
 * date (23:59:59 in the slot's zone; the next local midnight is already outside), computed in the zone so a
 * DST day's 23 or 25 hours count right. Before the start nobody changes attendance; after the close only an
 * operator does.
 */
record EditWindow(Instant opens, Instant closes) {

    static EditWindow of(Instant startsAt, ZoneId zone) {
        Instant closes = startsAt.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        return new EditWindow(startsAt, closes);
    }

    boolean notYetOpen(Instant now) {
        return now.isBefore(opens);
    }

    boolean closed(Instant now) {
        return !now.isBefore(closes);
    }

    void requireOpen(Instant now, boolean operator) {
        if (notYetOpen(now)) {
            throw new DomainRejection(ErrorCode.EDIT_WINDOW_NOT_OPEN,
                    "Attendance can be changed from the slot's start, " + opens + ".");
        }
        if (closed(now) && !operator) {
            throw new DomainRejection(ErrorCode.EDIT_WINDOW_CLOSED,
                    "The edit window closed at " + closes + "; only a data operator may change it now.");
        }
    }
}
