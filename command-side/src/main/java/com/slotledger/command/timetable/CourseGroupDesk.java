package com.slotledger.command.timetable;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.ReferenceKind;
import com.slotledger.api.sitting.SlotCommands.CancelSlot;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;
import com.slotledger.api.timetable.TimetableCommands.AddException;
import com.slotledger.api.timetable.TimetableCommands.CancelSession;
import com.slotledger.api.timetable.TimetableCommands.ChangeException;
import com.slotledger.api.timetable.TimetableCommands.ChangeWeeklySchedule;
import com.slotledger.api.timetable.TimetableCommands.CreateCourseGroup;
import com.slotledger.api.timetable.TimetableCommands.DeactivateCourseGroup;
import com.slotledger.api.timetable.TimetableCommands.RemoveException;
import com.slotledger.api.timetable.TimetableCommands.ScheduleOneOffSession;
import com.slotledger.command.sitting.ReferenceKeys;
import com.slotledger.command.sitting.SlotBookings.Booking;
import com.slotledger.command.timetable.TimetableRegistry.SessionRow;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Course groups, exceptions and single sessions. Every command that changes a group's sessions first locks the
 * group's lookup row; an exception change regenerates its date's session at once, and if the room is held the
 * whole command is refused (SLOT_OVERLAP), so nothing is half-applied.
 */
public class CourseGroupDesk {

    private final Repository<CourseGroup> groups;
    private final TimetableRegistry registry;
    private final ReferenceKeys references;
    private final SessionWriter sessions;

    CourseGroupDesk(Repository<CourseGroup> groups, TimetableRegistry registry, ReferenceKeys references,
                    SessionWriter sessions) {
        this.groups = groups;
        this.registry = registry;
        this.references = references;
        this.sessions = sessions;
    }

    /** What a command touched: its subject's id and every aggregate that got an event (for the receipt). */
    public record Touched(String id, List<String> aggregates) {
    }

    @CommandHandler
    public Touched handle(CreateCourseGroup c) throws Exception {
        references.requireLive(ReferenceKind.SEMESTER, c.semesterId());
        if (c.schedule() != null && c.schedule().roomId() != null) {
            references.requireLive(ReferenceKind.ROOM, c.schedule().roomId());
        }
        if (c.lecturerId() != null) {
            references.requireLive(ReferenceKind.STAFF, c.lecturerId());
        }
        ScheduleRules.check(c.schedule());
        registry.claimGroup(c.courseGroupId(), c.semesterId(), c.name());
        groups.newInstance(() -> new CourseGroup(c));
        return new Touched(c.courseGroupId(), List.of(c.courseGroupId()));
    }

    @CommandHandler
    public Touched handle(ChangeWeeklySchedule c) {
        registry.lock(c.courseGroupId());
        if (c.schedule() != null && c.schedule().roomId() != null) {
            references.requireLive(ReferenceKind.ROOM, c.schedule().roomId());
        }
        load(c.courseGroupId()).execute(group -> group.changeSchedule(c));
        return new Touched(c.courseGroupId(), List.of(c.courseGroupId()));
    }

    /** Sessions that have not started are removed: a deactivated group holds no rooms in the future. */
    @CommandHandler
    public Touched handle(DeactivateCourseGroup c) {
        registry.lock(c.courseGroupId());
        Aggregate<CourseGroup> group = load(c.courseGroupId());
        group.execute(g -> g.deactivate(c));
        registry.deactivate(c.courseGroupId());
        LocalDate yesterday = LocalDate.ofInstant(c.at(), group.invoke(CourseGroup::schedule).zone()).minusDays(1);
        List<SessionRow> live = registry.liveSessionsFrom(c.courseGroupId(), yesterday);
        Map<String, Booking> bookings = sessions.bookings(live.stream().map(SessionRow::slotId).toList());
        List<String> touched = new ArrayList<>(List.of(c.courseGroupId()));
        for (String kind : List.of(SessionWriter.GENERATED, SessionWriter.ONE_OFF)) {
            List<CancelSlot> cancels = live.stream().filter(row -> row.kind().equals(kind))
                    .map(row -> bookings.get(row.slotId()))
                    .filter(b -> b != null && b.active() && b.startsAt().isAfter(c.at()))
                    .map(b -> new CancelSlot(b.slotId(), "GROUP_DEACTIVATED", c.by(), c.at())).toList();
            sessions.cancel(cancels, kind.equals(SessionWriter.GENERATED) ? SessionState.REMOVED : SessionState.CANCELLED);
            cancels.forEach(cancel -> touched.add(cancel.slotId()));
        }
        return new Touched(c.courseGroupId(), touched);
    }

    @CommandHandler
    public Touched handle(AddException c) throws Exception {
        registry.lock(c.courseGroupId());
        Aggregate<CourseGroup> group = load(c.courseGroupId());
        if (c.override() != null && c.override().roomId() != null) {
            references.requireLive(ReferenceKind.ROOM, c.override().roomId());
        }
        group.execute(g -> g.addException(c));
        registry.claimException(c.exceptionId(), c.courseGroupId(), c.date());
        return regenerate(group, c.exceptionId(), c.courseGroupId(), c.date(), c.by(), c.at());
    }

    @CommandHandler
    public Touched handle(ChangeException c) throws Exception {
        registry.lock(c.courseGroupId());
        Aggregate<CourseGroup> group = load(c.courseGroupId());
        if (c.override() != null && c.override().roomId() != null) {
            references.requireLive(ReferenceKind.ROOM, c.override().roomId());
        }
        LocalDate date = group.invoke(g -> g.changeException(c));
        return regenerate(group, c.exceptionId(), c.courseGroupId(), date, c.by(), c.at());
    }

    @CommandHandler
    public Touched handle(RemoveException c) throws Exception {
        registry.lock(c.courseGroupId());
        Aggregate<CourseGroup> group = load(c.courseGroupId());
        LocalDate date = group.invoke(g -> g.removeException(c));
        registry.releaseException(c.exceptionId());
        return regenerate(group, c.exceptionId(), c.courseGroupId(), date, c.by(), c.at());
    }

    @CommandHandler
    public Touched handle(ScheduleOneOffSession c) throws Exception {
        registry.lock(c.courseGroupId());
        ScheduleSlot slot = load(c.courseGroupId()).invoke(g -> g.oneOff(c));
        sessions.scheduleOneOff(c.courseGroupId(), c.date(), slot);
        return new Touched(c.sessionId(), List.of(c.sessionId()));
    }

    /** A one-off session is cancelled; a generated one becomes a cancelled exception of its date. */
    @CommandHandler
    public Touched handle(CancelSession c) throws Exception {
        SessionRow row = registry.session(c.sessionId()).orElseThrow(() -> new DomainRejection(
                ErrorCode.SESSION_NOT_FOUND, "No timetable session " + c.sessionId() + "."));
        registry.lock(row.groupId());
        Booking booking = sessions.bookings(List.of(row.slotId())).get(row.slotId());
        if (row.state() != SessionState.LIVE || booking == null || !booking.active()) {
            throw new DomainRejection(ErrorCode.SESSION_NOT_LIVE, "Session " + c.sessionId() + " is not live.");
        }
        if (!booking.startsAt().isAfter(c.at())) {
            throw new DomainRejection(ErrorCode.DATE_IN_PAST, "Session " + c.sessionId() + " has already begun.");
        }
        Aggregate<CourseGroup> group = load(row.groupId());
        boolean generated = row.kind().equals(SessionWriter.GENERATED);
        if (!generated || !group.invoke(g -> g.meetsOn(row.date()))) {
            sessions.cancel(List.of(new CancelSlot(row.slotId(), reason(c.reason()), c.by(), c.at())),
                    generated ? SessionState.REMOVED : SessionState.CANCELLED);
            return new Touched(c.sessionId(), List.of(c.sessionId()));
        }
        String exceptionId = TimetableIds.cancellation(row.groupId(), row.date(), row.slotId());
        boolean added = group.invoke(g -> g.cancelSessionOn(row.date(), exceptionId, c.reason(), c.by(), c.at()));
        if (added) {
            registry.claimException(exceptionId, row.groupId(), row.date());
        }
        Touched touched = regenerate(group, exceptionId, row.groupId(), row.date(), c.by(), c.at());
        return new Touched(c.sessionId(), touched.aggregates());
    }

    /** The exception's date again, with force: move, remove or bring back its session; a held room refuses all. */
    private Touched regenerate(Aggregate<CourseGroup> group, String id, String groupId, LocalDate date, String by,
                               Instant at) throws Exception {
        if (!group.invoke(g -> g.meetsOn(date))) {
            // an exception left behind by a schedule change: its date holds no session of the schedule to change
            return new Touched(id, List.of(groupId));
        }
        Map<LocalDate, ExistingSession> existing = sessions.existing(groupId, date, date);
        SessionPlan plan = group.invoke(g -> g.plan(List.of(date), existing, true, false, by, at));
        SessionWriter.Outcome outcome = sessions.apply(groupId, plan);
        if (!outcome.report().conflicts().isEmpty()) {
            throw SessionWriter.overlap(outcome.report().conflicts().get(0));
        }
        List<String> touched = new ArrayList<>(List.of(groupId));
        touched.addAll(outcome.touched());
        return new Touched(id, touched);
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? "SESSION_CANCELLED" : reason;
    }

    private Aggregate<CourseGroup> load(String groupId) {
        try {
            return groups.load(groupId);
        } catch (AggregateNotFoundException e) {
            throw TimetableRegistry.notFound(groupId);
        }
    }
}
