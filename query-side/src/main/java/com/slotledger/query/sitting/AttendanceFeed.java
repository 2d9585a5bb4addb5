package com.slotledger.query.sitting;

import jakarta.inject.Singleton;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Attendance records whose row changed on this node, announced after the projection's transaction commits, so a
 * listener that reads the row sees the change. Best effort: a slow listener misses announcements, not rows; with
 * several nodes, each announces the changes of the projection segments it runs.
 */
@Singleton
public class AttendanceFeed {

    /** One changed row: its slot (what listeners filter on) and its id. */
    public record Change(String slotId, String attendanceId) {
    }

    private final Sinks.Many<Change> changes = Sinks.many().multicast().directBestEffort();

    void changed(String slotId, String attendanceId) {
        Change change = new Change(slotId, attendanceId);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> emit(change));
        } else {
            emit(change);
        }
    }

    private void emit(Change change) {
        synchronized (changes) {
            changes.tryEmitNext(change);
        }
    }

    public Flux<Change> changes() {
        return changes.asFlux();
    }
}
