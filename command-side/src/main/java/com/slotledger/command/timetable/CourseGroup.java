package com.slotledger.command.timetable;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Revision;
import com.slotledger.api.sitting.SlotCategory;
import com.slotledger.api.sitting.SlotCommands.CancelSlot;
import com.slotledger.api.sitting.SlotCommands.RescheduleSlot;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;
import com.slotledger.api.sitting.SlotCommands.SlotSource;
import com.slotledger.api.timetable.TimetableCommands.AddException;
import com.slotledger.api.timetable.TimetableCommands.ChangeException;
import com.slotledger.api.timetable.TimetableCommands.ChangeWeeklySchedule;
import com.slotledger.api.timetable.TimetableCommands.CreateCourseGroup;
import com.slotledger.api.timetable.TimetableCommands.DeactivateCourseGroup;
import com.slotledger.api.timetable.TimetableCommands.RemoveException;
import com.slotledger.api.timetable.TimetableCommands.ScheduleOneOffSession;
import com.slotledger.api.timetable.TimetableEvents.CourseGroupCreated;
import com.slotledger.api.timetable.TimetableEvents.CourseGroupDeactivated;
import com.slotledger.api.timetable.TimetableEvents.SessionExceptionAdded;
import com.slotledger.api.timetable.TimetableEvents.SessionExceptionChanged;
import com.slotledger.api.timetable.TimetableEvents.SessionExceptionRemoved;
import com.slotledger.api.timetable.TimetableEvents.SessionsGenerated;
import com.slotledger.api.timetable.TimetableEvents.WeeklyScheduleChanged;
import com.slotledger.api.timetable.TimetableTypes;
import com.slotledger.api.timetable.TimetableTypes.SessionOverride;
import com.slotledger.api.timetable.TimetableTypes.WeeklySchedule;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A course group: its weekly schedule, its zone, its per-date exceptions. It decides what its sessions should be;
 * the sessions themselves are sitting slots (LECTURE, source COURSE_GROUP) that its handlers create, move and remove.
 */
@Revision("1")
public class CourseGroup {

    @AggregateIdentifier
    private String courseGroupId;
    private String semesterId;
    private String lecturerId;
    private WeeklySchedule schedule;
    private boolean active;
    private TreeMap<LocalDate, DateException> exceptions = new TreeMap<>();

    /** An exception as the group keeps it, by date. */
    record DateException(String exceptionId, SessionOverride override) {
    }

    protected CourseGroup() {
    }

    CourseGroup(CreateCourseGroup c) {
        ScheduleRules.check(c.schedule());
        apply(new CourseGroupCreated(c.courseGroupId(), c.name(), c.semesterId(), c.lecturerId(), c.schedule(), c.by(),
                c.at()));
    }

    /** Existing sessions stay until a generation with force: the seed's "force update". */
    void changeSchedule(ChangeWeeklySchedule c) {
        requireActive();
        ScheduleRules.check(c.schedule());
        if (!c.schedule().equals(schedule)) {
            apply(new WeeklyScheduleChanged(courseGroupId, c.schedule(), c.by(), c.at()));
        }
    }

    void deactivate(DeactivateCourseGroup c) {
        requireActive();
        apply(new CourseGroupDeactivated(courseGroupId, c.reason(), c.by(), c.at()));
    }

    /** Rules "one exception per date", "only a date the group meets", "not a session that has begun". */
    void addException(AddException c) {
        requireActive();
        requireChangeableDate(c.date(), c.at());
        DateException existing = exceptions.get(c.date());
        if (existing != null) {
            throw new DomainRejection(ErrorCode.EXCEPTION_EXISTS, "The group already has exception "
                    + existing.exceptionId() + " on " + c.date() + "; change that one instead.");
        }
        requireValid(c.date(), c.override());
        apply(new SessionExceptionAdded(c.exceptionId(), courseGroupId, c.date(), c.override(), c.by(), c.at()));
    }

    LocalDate changeException(ChangeException c) {
        LocalDate date = dateOf(c.exceptionId());
        requireActive();
        requireChangeableDate(date, c.at());
        requireValid(date, c.override());
        if (!c.override().equals(exceptions.get(date).override())) {
            apply(new SessionExceptionChanged(c.exceptionId(), courseGroupId, date, c.override(), c.by(), c.at()));
        }
        return date;
    }

    LocalDate removeException(RemoveException c) {
        LocalDate date = dateOf(c.exceptionId());
        requireActive();
        if (schedule.meetsOn(date)) {
            requireChangeableDate(date, c.at());
        }
        apply(new SessionExceptionRemoved(c.exceptionId(), courseGroupId, date, c.by(), c.at()));
        return date;
    }

    /**
     * A generated session cancelled by hand becomes a cancelled exception for its date, so regeneration and the
     * calendar keep it cancelled.
     */
    boolean cancelSessionOn(LocalDate date, String newExceptionId, String reason, String by, Instant at) {
        requireActive();
        requireChangeableDate(date, at);
        DateException existing = exceptions.get(date);
        SessionOverride cancelled = new SessionOverride(true, null, null, null, reason);
        if (existing == null) {
            apply(new SessionExceptionAdded(newExceptionId, courseGroupId, date, cancelled, by, at));
            return true;
        }
        if (!existing.override().cancelled()) {
            apply(new SessionExceptionChanged(existing.exceptionId(), courseGroupId, date, cancelled, by, at));
        }
        return false;
    }

    /** Rule "inactive groups generate nothing" is the caller's: it asks only active groups for a plan. */
    SessionPlan plan(List<LocalDate> dates, Map<LocalDate, ExistingSession> existing, boolean force,
                     boolean createMissing, String by, Instant at) {
        return SessionPlanner.plan(courseGroupId, dates, this::wanted, existing, force, createMissing, at,
                slotMaker(by, at));
    }

    /** A one-off session: on any date, in the group's room unless another is named. */
    ScheduleSlot oneOff(ScheduleOneOffSession c) {
        requireActive();
        Occurrence occurrence = Occurrence.required(c.date(), c.startTime(), c.endTime(),
                c.roomId() == null ? schedule.roomId() : c.roomId(), schedule.zone());
        if (!occurrence.endsAt().isAfter(occurrence.startsAt())) {
            throw new DomainRejection(ErrorCode.INVALID_SCHEDULE, "A session must end after it starts.");
        }
        if (!occurrence.startsAt().isAfter(c.at())) {
            throw new DomainRejection(ErrorCode.DATE_IN_PAST, "A one-off session must start in the future.");
        }
        return new ScheduleSlot(c.sessionId(), semesterId, occurrence.roomId(), occurrence.startsAt(),
                occurrence.endsAt(), occurrence.zone(), SlotCategory.LECTURE, List.of(), lecturerId,
                new SlotSource(TimetableTypes.ONE_OFF_SOURCE, courseGroupId), c.by(), c.at());
    }

    void recordGeneration(LocalDate from, LocalDate to, boolean force, int created, int updated, int deleted,
                          String by, Instant at) {
        apply(new SessionsGenerated(courseGroupId, from, to, force, created, updated, deleted, by, at));
    }

    boolean meetsOn(LocalDate date) {
        return schedule.meetsOn(date);
    }

    boolean active() {
        return active;
    }

    WeeklySchedule schedule() {
        return schedule;
    }

    /** The schedule with the date's exception applied. */
    private SessionPlanner.Wanted wanted(LocalDate date) {
        if (!schedule.meetsOn(date)) {
            return new SessionPlanner.Wanted(null, SkipReason.NO_LONGER_SCHEDULED, false);
        }
        DateException exception = exceptions.get(date);
        SessionOverride override = exception == null ? null : exception.override();
        if (override != null && override.cancelled()) {
            return new SessionPlanner.Wanted(null, SkipReason.EXCEPTION_CANCELLED, true);
        }
        Optional<Occurrence> occurrence = override == null
                ? Occurrence.of(date, schedule.startTime(), schedule.endTime(), schedule.roomId(), schedule.zone())
                : Occurrence.of(date, or(override.startTime(), schedule.startTime()),
                or(override.endTime(), schedule.endTime()), or(override.roomId(), schedule.roomId()), schedule.zone());
        return occurrence.map(o -> new SessionPlanner.Wanted(o, null, true))
                .orElseGet(() -> new SessionPlanner.Wanted(null, SkipReason.DST_GAP, true));
    }

    private SessionPlanner.SlotMaker slotMaker(String by, Instant at) {
        return new SessionPlanner.SlotMaker() {
            @Override
            public ScheduleSlot create(String slotId, Occurrence o) {
                return new ScheduleSlot(slotId, semesterId, o.roomId(), o.startsAt(), o.endsAt(), o.zone(),
                        SlotCategory.LECTURE, List.of(), lecturerId,
                        new SlotSource(TimetableTypes.GENERATED_SOURCE, courseGroupId), by, at);
            }

            @Override
            public RescheduleSlot move(String slotId, Occurrence o) {
                return new RescheduleSlot(slotId, o.roomId(), o.startsAt(), o.endsAt(), o.zone(), List.of(), lecturerId,
                        by, at);
            }

            @Override
            public CancelSlot remove(String slotId, SkipReason reason) {
                return new CancelSlot(slotId, reason.name(), by, at);
            }
        };
    }

    private LocalDate dateOf(String exceptionId) {
        return exceptions.entrySet().stream().filter(e -> e.getValue().exceptionId().equals(exceptionId))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new DomainRejection(ErrorCode.EXCEPTION_NOT_FOUND, "No exception " + exceptionId
                        + " in course group " + courseGroupId + "."));
    }

    /** "Exception dates must match exactly" (the seed): a date the group meets, whose session has not begun. */
    private void requireChangeableDate(LocalDate date, Instant now) {
        if (!schedule.meetsOn(date)) {
            throw new DomainRejection(ErrorCode.DATE_NOT_IN_SCHEDULE, "The group does not meet on " + date + " (a "
                    + date.getDayOfWeek() + "); it meets on " + schedule.day() + "s"
                    + (schedule.startsOn() == null ? "" : " from " + schedule.startsOn())
                    + (schedule.endsOn() == null ? "" : " until " + schedule.endsOn()) + ".");
        }
        if (!date.atTime(schedule.startTime()).atZone(schedule.zone()).toInstant().isAfter(now)) {
            throw new DomainRejection(ErrorCode.DATE_IN_PAST, "The session of " + date + " has already begun.");
        }
    }

    /** Rule "an exception cancels or overrides something, and the overridden session still ends after it starts". */
    private void requireValid(LocalDate date, SessionOverride override) {
        if (override.cancelled()) {
            if (override.roomId() != null || override.startTime() != null || override.endTime() != null) {
                throw new DomainRejection(ErrorCode.VALIDATION_FAILED,
                        "A cancelled exception takes no room or times.");
            }
            return;
        }
        if (override.roomId() == null && override.startTime() == null && override.endTime() == null) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED,
                    "An exception either cancels the session or overrides its room and/or times.");
        }
        Occurrence occurrence = Occurrence.required(date, or(override.startTime(), schedule.startTime()),
                or(override.endTime(), schedule.endTime()), or(override.roomId(), schedule.roomId()), schedule.zone());
        if (!occurrence.endsAt().isAfter(occurrence.startsAt())) {
            throw new DomainRejection(ErrorCode.INVALID_SCHEDULE, "The session of " + date
                    + " would not end after it starts.");
        }
    }

    /** Rule "an inactive group takes no more changes". */
    private void requireActive() {
        if (!active) {
            throw new DomainRejection(ErrorCode.COURSE_GROUP_INACTIVE, "Course group " + courseGroupId
                    + " is deactivated.");
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    @EventSourcingHandler
    void on(CourseGroupCreated e) {
        courseGroupId = e.courseGroupId();
        semesterId = e.semesterId();
        lecturerId = e.lecturerId();
        schedule = e.schedule();
        active = true;
    }

    @EventSourcingHandler
    void on(WeeklyScheduleChanged e) {
        schedule = e.schedule();
    }

    @EventSourcingHandler
    void on(CourseGroupDeactivated e) {
        active = false;
    }

    @EventSourcingHandler
    void on(SessionExceptionAdded e) {
        exceptions.put(e.date(), new DateException(e.exceptionId(), e.override()));
    }

    @EventSourcingHandler
    void on(SessionExceptionChanged e) {
        exceptions.put(e.date(), new DateException(e.exceptionId(), e.override()));
    }

    @EventSourcingHandler
    void on(SessionExceptionRemoved e) {
        exceptions.remove(e.date());
    }
}
