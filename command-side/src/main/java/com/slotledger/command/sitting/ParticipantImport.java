package com.slotledger.command.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.ParticipantOutcome;
import com.slotledger.api.sitting.ParticipantPolicy;
import com.slotledger.api.sitting.ReferenceKind;
import com.slotledger.api.sitting.SlotCommands.AddParticipant;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.EventPositions;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The seed's participant import: each row finds its slot by (semester, start time, room), the subject by code and
 * the student by roll number, then adds the participant in its own command (the slot checks the subject, the desk
 * the enrolment). Bad rows are reported with a reason, good rows applied. Neither mode fails on an existing
 * participant, and a row repeated in the file is reported once as DUPLICATE, so re-importing changes nothing.
 */
@Singleton
public class ParticipantImport {

    private final CommandDispatcher dispatcher;
    private final ReferenceKeys references;
    private final SlotBookings bookings;
    private final EventPositions positions;
    private final Clock clock;

    ParticipantImport(CommandDispatcher dispatcher, ReferenceKeys references, SlotBookings bookings,
                      EventPositions positions, Clock clock) {
        this.dispatcher = dispatcher;
        this.references = references;
        this.bookings = bookings;
        this.positions = positions;
        this.clock = clock;
    }

    public Report run(byte[] csv, ParticipantPolicy policy, Actor actor) {
        List<RowOutcome> outcomes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> slots = new HashSet<>();
        for (ParticipantRows.Row row : ParticipantRows.read(csv)) {
            String invalid = row.invalid();
            if (invalid != null) {
                outcomes.add(RowOutcome.of(row, "INVALID", ErrorCode.VALIDATION_FAILED.name(), invalid, null, null));
                continue;
            }
            try {
                AddParticipant command = resolve(row, policy, actor);
                String participantId = SittingIds.participant(command.slotId(), command.subjectId(), command.studentId());
                if (!seen.add(participantId)) {
                    outcomes.add(RowOutcome.of(row, "DUPLICATE", null, "an earlier row of this file names the same participant",
                            command.slotId(), participantId));
                    continue;
                }
                ParticipantOutcome outcome = dispatcher.sendForResult(command, actor);
                slots.add(command.slotId());
                outcomes.add(RowOutcome.of(row, outcome.name(), null, null, command.slotId(), participantId));
            } catch (DomainRejection rejection) {
                outcomes.add(RowOutcome.of(row, "REFUSED", rejection.code().name(), rejection.detail(), null, null));
            }
        }
        long position = slots.stream().mapToLong(positions::lastOf).max().orElse(0);
        return Report.of(policy, position, outcomes);
    }

    private AddParticipant resolve(ParticipantRows.Row row, ParticipantPolicy policy, Actor actor) {
        String semester = live(ReferenceKind.SEMESTER, row.semesterCode());
        String room = live(ReferenceKind.ROOM, row.roomName());
        SlotBookings.Booking slot = (row.startIsInstant()
                ? bookings.findByStart(semester, room, (Instant) row.start())
                : bookings.findByLocalStart(semester, room, (LocalDateTime) row.start()))
                .orElseThrow(() -> new DomainRejection(ErrorCode.SLOT_NOT_FOUND, "No live slot of " + row.semesterCode()
                        + " in " + row.roomName() + " starting " + row.startTime() + "."));
        String subject = live(ReferenceKind.SUBJECT, row.subjectCode());
        String student = live(ReferenceKind.STUDENT, row.rollNumber());
        return new AddParticipant(slot.slotId(), subject, student, policy, actor.userId(), clock.instant());
    }

    private String live(ReferenceKind kind, String naturalKey) {
        return references.idOf(kind, naturalKey).orElseThrow(() -> new DomainRejection(ErrorCode.REFERENCE_NOT_FOUND,
                "No live " + kind.name().toLowerCase() + " " + naturalKey + "."));
    }

    @Introspected
    public record RowOutcome(int row, String semesterCode, String startTime, String roomName, String subjectCode,
                             String rollNumber, String outcome, @Nullable String code, @Nullable String detail,
                             @Nullable String slotId, @Nullable String participantId) {
        static RowOutcome of(ParticipantRows.Row row, String outcome, String code, String detail, String slotId,
                             String participantId) {
            return new RowOutcome(row.number(), row.semesterCode(), row.startTime(), row.roomName(), row.subjectCode(),
                    row.rollNumber(), outcome, code, detail, slotId, participantId);
        }
    }

    /** Counts by outcome: ADDED, REENROLLED, UNCHANGED, DUPLICATE, and refused (INVALID or REFUSED). */
    @Introspected
    public record Report(ParticipantPolicy mode, int rows, int added, int reenrolled, int unchanged, int duplicates,
                         int refused, long position, List<RowOutcome> outcomes) {
        static Report of(ParticipantPolicy mode, long position, List<RowOutcome> outcomes) {
            return new Report(mode, outcomes.size(), count(outcomes, "ADDED"), count(outcomes, "REENROLLED"),
                    count(outcomes, "UNCHANGED"), count(outcomes, "DUPLICATE"),
                    count(outcomes, "INVALID") + count(outcomes, "REFUSED"), position, outcomes);
        }

        private static int count(List<RowOutcome> outcomes, String outcome) {
            return (int) outcomes.stream().filter(o -> o.outcome().equals(outcome)).count();
        }
    }
}
