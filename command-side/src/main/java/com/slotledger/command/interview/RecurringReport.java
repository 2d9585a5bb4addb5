package com.slotledger.command.interview;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/** What a recurring creation did with each occurrence: created (with any advisory conflict), skipped, conflicting. */
@Introspected
public record RecurringReport(String seriesId, List<Occurrence> created, List<Occurrence> skipped,
                              List<Occurrence> conflicting) {

    /**
     * {@code local} is the wall-clock start in the series' zone; {@code reason} says why it was not plainly created;
     * {@code position} (set once committed) is the created slot's newest event, to read it with.
     */
    @Introspected
    public record Occurrence(String local, @Nullable Instant start, @Nullable Instant end, @Nullable String slotId,
                             @Nullable String reason, @Nullable Long position) {

        Occurrence(String local, Instant start, Instant end, String slotId, String reason) {
            this(local, start, end, slotId, reason, null);
        }

        Occurrence at(long position) {
            return new Occurrence(local, start, end, slotId, reason, position);
        }
    }
}
