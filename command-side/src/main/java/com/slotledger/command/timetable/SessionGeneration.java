package com.slotledger.command.timetable;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.timetable.TimetableCommands.GenerateSessions;
import com.slotledger.command.timetable.GenerationReport.Skipped;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seed's generate_sessions for one course group, as one command: the group decides every date of the range at
 * once, the slots and their room bookings are written in batches, and an occurrence whose room is held is left out
 * and reported while the others commit. Running it twice creates nothing new.
 */
public class SessionGeneration {

    /** Two years: a generous academic horizon that still bounds one command's work. */
    static final int MAX_DAYS = 731;

    private final Repository<CourseGroup> groups;
    private final TimetableRegistry registry;
    private final SessionWriter sessions;

    SessionGeneration(Repository<CourseGroup> groups, TimetableRegistry registry, SessionWriter sessions) {
        this.groups = groups;
        this.registry = registry;
        this.sessions = sessions;
    }

    /** The report, and the slot aggregates that got events (with the group, for the receipt's position). */
    public record Result(GenerationReport report, List<String> touched) {
    }

    @CommandHandler
    public Result handle(GenerateSessions c) throws Exception {
        registry.lock(c.courseGroupId());
        Aggregate<CourseGroup> group = load(c.courseGroupId());
        if (!group.invoke(CourseGroup::active)) {
            return new Result(new GenerationReport(0, 0, 0, 0, List.of(new Skipped(c.courseGroupId(), null,
                    SkipReason.GROUP_INACTIVE.name(), null)), List.of()), List.of());
        }
        ZoneId zone = group.invoke(CourseGroup::schedule).zone();
        LocalDate from = c.weeks() != null ? LocalDate.ofInstant(c.at(), zone) : c.startDate();
        LocalDate to = c.weeks() != null ? from.plusWeeks(c.weeks()).minusDays(1) : c.endDate();
        List<LocalDate> dates = dates(from, to);
        Map<LocalDate, ExistingSession> existing = sessions.existing(c.courseGroupId(), from, to);
        SessionPlan plan = group.invoke(g -> g.plan(dates, existing, c.force(), true, c.by(), c.at()));
        SessionWriter.Outcome outcome = sessions.apply(c.courseGroupId(), plan);
        GenerationReport report = outcome.report();
        List<String> touched = new ArrayList<>(outcome.touched());
        if (!touched.isEmpty()) {
            group.execute(g -> g.recordGeneration(from, to, c.force(), report.created(), report.updated(),
                    report.deleted(), c.by(), c.at()));
            touched.add(c.courseGroupId());
        }
        return new Result(report, touched);
    }

    private static List<LocalDate> dates(LocalDate from, LocalDate to) {
        requireRange(from, to);
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** Rule "a generation covers a real, bounded range". */
    static void requireRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "Give weeks, or startDate and endDate.");
        }
        if (to.isBefore(from)) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "endDate must not be before startDate.");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "A generation spans at most " + MAX_DAYS + " days.");
        }
    }

    private Aggregate<CourseGroup> load(String groupId) {
        try {
            return groups.load(groupId);
        } catch (AggregateNotFoundException e) {
            throw TimetableRegistry.notFound(groupId);
        }
    }
}
