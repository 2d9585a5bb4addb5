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
 * Creates slots: checks the company and job under their rows' share locks, claims the interviewer's time in the lookup
 * table (the exclusion constraint refuses overlaps) and counts it on the interviewer's day, then creates the aggregate,
 * telling it whether an availability pattern covers it (else it records a conflict).
 */
public class SlotCreation {

    static final int MAX_OCCURRENCES = 1000;

    private final Repository<InterviewSlot> slots;
    private final InterviewRegistry registry;
    private final Availabilities availabilities;
    private final BusinessHours hours;
    private final CompanyRegistry companies;

    public SlotCreation(Repository<InterviewSlot> slots, InterviewRegistry registry, Availabilities availabilities,
                        BusinessHours hours, CompanyRegistry companies) {
        this.slots = slots;
        this.registry = registry;
        this.companies = companies;
        this.availabilities = availabilities;
        this.hours = hours;
    }

    /**
     * One slot: the same per-day rule as a series (the covering pattern's maxSlotsPerDay, counted in PostgreSQL), but a
     * refusal instead of a skip.
     */
    @CommandHandler
    public String handle(CreateInterviewSlot command) throws Exception {
        SlotSpec spec = command.spec();
        hours.check(spec, command.at());
        companies.requireActiveCompany(spec.companyId());
        companies.requireActiveJob(spec.jobId(), spec.companyId());
        Verdict verdict = availabilities.judge(spec.interviewerId(), spec.start(), spec.end());
        Claim claim = registry.tryClaimSlot(command.slotId(), spec, verdict.day(spec.start(), BusinessHours.zone(spec.zone())),
                verdict.maxSlotsPerDay());
        if (claim == Claim.OVERLAP) {
            throw new DomainRejection(ErrorCode.INTERVIEWER_OVERLAP,
                    "The interviewer already has a slot overlapping " + spec.start() + " – " + spec.end() + ".");
        }
        if (claim == Claim.DAY_FULL) {
            throw new DomainRejection(ErrorCode.MAX_SLOTS_PER_DAY, "The interviewer's availability allows "
                    + verdict.maxSlotsPerDay() + " slot(s) on that day, and the day holds them already.");
        }
        create(command.slotId(), spec, null, null, verdict, command.by(), command.at());
        return command.slotId();
    }

    @CommandHandler
    public RecurringReport handle(CreateRecurringSlots command) throws Exception {
        RecurringPattern pattern = command.pattern();
        companies.requireActiveCompany(command.companyId());
        companies.requireActiveJob(command.jobId(), command.companyId());
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
            Claim claim = registry.tryClaimSlot(slotId, spec, verdict.day(start, zone), verdict.maxSlotsPerDay());
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
