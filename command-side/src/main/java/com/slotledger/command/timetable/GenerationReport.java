package com.slotledger.command.timetable;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's generation summary: sessions created, updated (moved), deleted (removed), left unchanged, dates skipped
 * with a reason, and occurrences left out because their room was held ({@code conflictingSlotId}).
 */
@Introspected
public record GenerationReport(int created, int updated, int deleted, int unchanged, List<Skipped> skipped,
                               List<RoomConflict> conflicts) {

    @Introspected
    public record Skipped(String courseGroupId, @Nullable LocalDate date, String reason, @Nullable String sessionId) {
    }

    @Introspected
    public record RoomConflict(String courseGroupId, LocalDate date, String action, String roomId, Instant startsAt,
                               Instant endsAt, @Nullable String conflictingSlotId) {
    }

    public static GenerationReport empty() {
        return new GenerationReport(0, 0, 0, 0, List.of(), List.of());
    }

    public GenerationReport plus(GenerationReport other) {
        List<Skipped> allSkipped = new ArrayList<>(skipped);
        allSkipped.addAll(other.skipped);
        List<RoomConflict> allConflicts = new ArrayList<>(conflicts);
        allConflicts.addAll(other.conflicts);
        return new GenerationReport(created + other.created, updated + other.updated, deleted + other.deleted,
                unchanged + other.unchanged, allSkipped, allConflicts);
    }
}
