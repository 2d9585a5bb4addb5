package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.CreateInterviewSlot;
import com.slotledger.api.interview.InterviewCommands.CreateRecurringSlots;
import com.slotledger.api.interview.InterviewTypes.ConflictType;
import com.slotledger.api.interview.InterviewTypes.RecurringPattern;
import com.slotledger.api.interview.InterviewTypes.SlotSpec;
import com.slotledger.api.interview.InterviewTypes.SlotType;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.interview.Availabilities.Verdict;
import com.slotledger.command.interview.InterviewRegistry.Claim;
import com.slotledger.command.interview.RecurringReport.Occurrence;
import com.slotledger.command.shared.Ids;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates slots: claims the interviewer's time in the lookup table (the exclusion constraint refuses overlaps), then
 * creates the aggregate, telling it whether an availability pattern covers it (else it records a conflict).
 */
public class SlotCreation {

    static final int MAX_OCCURRENCES = 1000;

    private final Repository<InterviewSlot> slots;
    private final InterviewRegistry registry;
    private final Availabilities availabilities;
    private final BusinessHours hours;

    public SlotCreation(Repository<InterviewSlot> slots, InterviewRegistry registry, Availabilities availabilities,
                        BusinessHours hours) {
        this.slots = slots;
        this.registry = registry;
        this.availabilities = availabilities;
        this.hours = hours;
    }

    @CommandHandler
    public String handle(CreateInterviewSlot command) throws Exception {
        SlotSpec spec = command.spec();
        hours.check(spec, command.at());
        Verdict verdict = availabilities.judge(spec.interviewerId(), spec.start(), spec.end());
        registry.claimSlot(command.slotId(), spec.interviewerId(), spec.companyId(), spec.start(), spec.end(),
                spec.maxCandidates(), verdict.day(spec.start(), BusinessHours.zone(spec.zone())));
        create(command.slotId(), spec, null, null, verdict, command.by(), command.at());
        return command.slotId();
    }

    @CommandHandler
    public RecurringReport handle(CreateRecurringSlots command) throws Exception {
        RecurringPattern pattern = command.pattern();
        ZoneId zone = BusinessHours.zone(pattern.zone());
        List<Occurrence> created = new ArrayList<>();
        List<Occurrence> skipped = new ArrayList<>();
        List<Occurrence> conflicting = new ArrayList<>();
        for (LocalDateTime local : RecurrenceExpansion.localStarts(pattern, MAX_OCCURRENCES)) {
            ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
            if (!zoned.toLocalDateTime().equals(local)) {
                skipped.add(new Occurrence(local.toString(), null, null, null, "DST_GAP"));
                continue;
            }
            Instant start = zoned.toInstant();
            Instant end = start.plusSeconds(60L * pattern.slotDuration());
            SlotSpec spec = new SlotSpec(SlotType.RECURRING, command.interviewerId(), command.companyId(),
                    command.jobId(), start, end, pattern.zone(), command.maxCandidatesPerSlot(), command.notes());
            String skip = skipReason(spec, zone, command.at());
            Verdict verdict = skip == null ? availabilities.judge(command.interviewerId(), start, end) : null;
            if (skip == null && verdict.outsideValidity()) {
                skip = "OUTSIDE_VALIDITY";
            }
            if (skip != null) {
                skipped.add(new Occurrence(local.toString(), start, end, null, skip));
                continue;
            }
            String slotId = Ids.newId();
            Claim claim = registry.tryClaimSlot(slotId, command.interviewerId(), command.companyId(), start, end,
                    command.maxCandidatesPerSlot(), verdict.day(start, zone), verdict.maxSlotsPerDay());
            if (claim == Claim.DAY_FULL) {
                skipped.add(new Occurrence(local.toString(), start, end, null, "MAX_SLOTS_PER_DAY"));
                continue;
            }
            if (claim == Claim.OVERLAP) {
                conflicting.add(new Occurrence(local.toString(), start, end, null, ConflictType.OVERLAP.name()));
                continue;
            }
            create(slotId, spec, command.seriesId(), pattern, verdict, command.by(), command.at());
            created.add(new Occurrence(local.toString(), start, end, slotId,
                    verdict.covered() ? null : ConflictType.INTERVIEWER_UNAVAILABLE.name()));
        }
        if (command.atomic() && (!skipped.isEmpty() || !conflicting.isEmpty())) {
            throw new DomainRejection(ErrorCode.RECURRING_NOT_ATOMIC, "atomic=true and " + skipped.size()
                    + " occurrence(s) would be skipped and " + conflicting.size() + " conflict; nothing was created. "
                    + "First: " + (skipped.isEmpty() ? conflicting : skipped).get(0) + ".");
        }
        return new RecurringReport(command.seriesId(), created, skipped, conflicting);
    }

    /** The rules of a single slot, answered as a reason instead of a refusal. */
    private String skipReason(SlotSpec spec, ZoneId zone, Instant now) {
        if (!spec.start().isAfter(now)) {
            return "IN_PAST";
        }
        if (!hours.within(spec.start(), spec.end(), zone)) {
            return "OUTSIDE_BUSINESS_HOURS";
        }
        return null;
    }

    private void create(String slotId, SlotSpec spec, String seriesId, RecurringPattern pattern, Verdict verdict,
                        String by, Instant at) throws Exception {
        slots.newInstance(() -> new InterviewSlot(slotId, spec, seriesId, pattern, verdict.covered(), hours, by, at));
    }
}
