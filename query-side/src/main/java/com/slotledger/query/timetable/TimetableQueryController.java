package com.slotledger.query.timetable;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.query.shared.MinPosition;
import com.slotledger.query.shared.ReadYourWrites;
import com.slotledger.query.timetable.TimetableCalendar.GroupEntry;
import com.slotledger.query.timetable.TimetableCalendar.SchedulePeriod;
import com.slotledger.query.timetable.TimetableReads.SessionFilter;
import com.slotledger.query.timetable.TimetableViews.CourseGroupView;
import com.slotledger.query.timetable.TimetableViews.ExceptionView;
import com.slotledger.query.timetable.TimetableViews.RoomEntry;
import com.slotledger.query.timetable.TimetableViews.SessionView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads of course timetables under /api/v1/timetable. Readers: ADMIN, DATA_OPERATOR, SUPERVISOR, AUDITOR (every
 * group) and LECTURER (the groups they teach; a room's schedule is open to all readers).
 */
@Controller("/api/v1/timetable")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "LECTURER", "AUDITOR"})
class TimetableQueryController {

    static final String TEXT_CALENDAR = "text/calendar";
    static final int MAX_DAYS = 366;

    private final TimetableReads reads;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;

    TimetableQueryController(TimetableReads reads, ReadYourWrites readYourWrites, Clock clock) {
        this.reads = reads;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    @Get("/course-groups")
    List<CourseGroupView> groups(@Nullable @QueryValue Boolean active, @Nullable @QueryValue String semesterId,
                                 @Nullable @QueryValue Long minPosition,
                                 @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        return reads.groups(active, semesterId, TimetableScope.of(actor));
    }

    @Get("/course-groups/{id}")
    CourseGroupView group(@PathVariable String id, @Nullable @QueryValue Long minPosition,
                          @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        CourseGroupView group = reads.group(id).orElseThrow(() -> new DomainRejection(ErrorCode.COURSE_GROUP_NOT_FOUND,
                "No course group " + id + "."));
        TimetableScope.of(actor).requireVisible(group.lecturerId(), "course group");
        return group;
    }

    @Get("/exceptions")
    List<ExceptionView> exceptions(@Nullable @QueryValue String courseGroupId, @Nullable @QueryValue String from,
                                   @Nullable @QueryValue String to, @Nullable @QueryValue Long minPosition,
                                   @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        await(minPosition, header);
        return reads.exceptions(courseGroupId, fromDate, toDate, TimetableScope.of(actor));
    }

    @Get("/exceptions/{id}")
    ExceptionView exception(@PathVariable String id, @Nullable @QueryValue Long minPosition,
                            @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        ExceptionView exception = reads.exception(id).orElseThrow(() -> new DomainRejection(
                ErrorCode.EXCEPTION_NOT_FOUND, "No exception " + id + "."));
        TimetableScope.of(actor).requireVisible(lecturerOf(exception.courseGroupId()), "exception");
        return exception;
    }

    /** from / to are the sessions' local dates, inclusive; cancelled sessions only on request. */
    @Get("/sessions")
    List<SessionView> sessions(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                               @Nullable @QueryValue String room, @Nullable @QueryValue String courseGroupId,
                               @Nullable @QueryValue Boolean includeCancelled, @Nullable @QueryValue Long minPosition,
                               @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        requireRange(fromDate, toDate);
        await(minPosition, header);
        return reads.sessions(new SessionFilter(fromDate, toDate, room, courseGroupId,
                Boolean.TRUE.equals(includeCancelled)), TimetableScope.of(actor));
    }

    /** Today is each session's own: the clock's date in the zone of the session's course group. */
    @Get("/sessions/today")
    List<SessionView> today(@Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header,
                            Actor actor) {
        await(minPosition, header);
        return reads.today(clock.instant(), TimetableScope.of(actor));
    }

    @Get("/sessions/{id}")
    SessionView session(@PathVariable String id, @Nullable @QueryValue Long minPosition,
                        @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        SessionView session = reads.session(id).orElseThrow(() -> new DomainRejection(ErrorCode.SESSION_NOT_FOUND,
                "No timetable session " + id + "."));
        TimetableScope.of(actor).requireVisible(lecturerOf(session.courseGroupId()), "session");
        return session;
    }

    /** What holds the room, sessions and exams alike; from / to default to the coming week (UTC dates). */
    @Get("/rooms/{id}/schedule")
    List<RoomEntry> room(@PathVariable String id, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                         @Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate == null) {
            fromDate = toDate != null ? toDate.minusDays(6) : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        }
        if (toDate == null) {
            toDate = fromDate.plusDays(6);
        }
        requireRange(fromDate, toDate);
        await(minPosition, header);
        return reads.room(id, fromDate, toDate);
    }

    /**
     * The caller's course groups (or one) as an iCalendar file: every group, a deactivated one up to its
     * deactivation, each period of its weekly schedule as a series of its own.
     */
    @Get(value = "/calendar.ics", produces = TEXT_CALENDAR)
    HttpResponse<String> calendar(@Nullable @QueryValue String courseGroupId, @Nullable @QueryValue Long minPosition,
                                  @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        TimetableScope scope = TimetableScope.of(actor);
        List<CourseGroupView> groups = reads.groups(null, null, scope).stream()
                .filter(g -> courseGroupId == null || g.courseGroupId().equals(courseGroupId)).toList();
        Map<String, List<SchedulePeriod>> periods = reads.periods(groups.stream().map(CourseGroupView::courseGroupId)
                .toList());
        Map<String, List<ExceptionView>> exceptions = reads.exceptions(courseGroupId, null, null, scope).stream()
                .collect(Collectors.groupingBy(ExceptionView::courseGroupId));
        // only a change of schedule leaves generated sessions off their series: from the day of the first change on
        Map<String, LocalDate> changed = new HashMap<>();
        periods.forEach((group, list) -> {
            if (list.size() > 1) {
                changed.put(group, LocalDate.ofInstant(list.get(1).effectiveAt(), list.get(1).zone()).minusDays(1));
            }
        });
        Map<String, List<SessionView>> sessions = reads.liveGeneratedSessions(changed).stream()
                .collect(Collectors.groupingBy(SessionView::courseGroupId));
        List<GroupEntry> entries = groups.stream().map(g -> new GroupEntry(g,
                periods.getOrDefault(g.courseGroupId(), List.of()), exceptions.getOrDefault(g.courseGroupId(), List.of()),
                sessions.getOrDefault(g.courseGroupId(), List.of()))).toList();
        List<SessionView> oneOffs = reads.sessions(new SessionFilter(null, null, null, courseGroupId, false), scope)
                .stream().filter(s -> s.kind().equals("ONE_OFF")).toList();
        return HttpResponse.ok(TimetableCalendar.write(entries, oneOffs))
                .contentType(TEXT_CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"timetable.ics\"");
    }

    private String lecturerOf(String groupId) {
        return reads.group(groupId).map(CourseGroupView::lecturerId).orElse(null);
    }

    private void await(Long minPosition, Long header) {
        readYourWrites.await(TimetableProjection.NAME, MinPosition.of(minPosition, header));
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "to must not be before from.");
        }
        if (from != null && to != null && from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "A range spans at most " + MAX_DAYS + " days.");
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, name + ": '" + value + "' is not a date (YYYY-MM-DD).");
        }
    }
}
