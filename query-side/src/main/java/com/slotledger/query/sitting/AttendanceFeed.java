package com.slotledger.query.sitting;

import jakarta.inject.Singleton;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Attendance ids whose row changed on this node, announced after the projection's transaction commits, so a
 * listener that reads the row sees the change. Best effort: a slow listener misses announcements, not rows.
 */
@Singleton
public class AttendanceFeed {

    private final Sinks.Many<String> changes = Sinks.many().multicast().directBestEffort();

    void changed(String attendanceId) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> emit(attendanceId));
        } else {
            emit(attendanceId);
        }
    }

    private void emit(String attendanceId) {
        synchronized (changes) {
            changes.tryEmitNext(attendanceId);
        }
    }

    public Flux<String> changes() {
        return changes.asFlux();
    }
}
