package com.slotledger.query.timetable;

import com.slotledger.query.timetable.TimetableViews.CourseGroupView;
import com.slotledger.query.timetable.TimetableViews.ExceptionView;
import com.slotledger.query.timetable.TimetableViews.SessionView;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Uid;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Course timetables as iCalendar (RFC 5545), written by ical4j as the interview calendar is. A course group is one
 * weekly series (VEVENT with RRULE, in the group's zone, so 10:00 stays 10:00 local across DST) per period of its
 * schedule: a change ends the running series (UNTIL its last occurrence that began before the change) and starts
 * another, so what was held under an earlier schedule stays visible. Each exception belongs to the series that meets
 * on its date: a cancelled date is an EXDATE of it, an overridden date a VEVENT with its UID and a RECURRENCE-ID.
 * A session a change left where it was (generation without force) is shown where it is: as an override of the series
 * that meets that day, or, on a day no series meets, as a VEVENT of its own. One-off sessions are VEVENTs of their own.
 */
final class TimetableCalendar {

    static final String PRODUCT = "-//SlotLedger//Course timetables//EN";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private TimetableCalendar() {
    }

    /** One period of a group's weekly schedule, from the instant it took effect until the next one (or for good). */
    record SchedulePeriod(String groupId, long seq, DayOfWeek day, LocalTime startTime, LocalTime endTime, String roomId,
                          ZoneId zone, LocalDate startsOn, LocalDate endsOn, Instant effectiveAt, Instant endedAt) {
    }

    /**
     * A group with its schedule periods and exceptions, and (when its schedule changed) its live generated sessions
     * from the first change on.
     */
    record GroupEntry(CourseGroupView group, List<SchedulePeriod> periods, List<ExceptionView> exceptions,
                      List<SessionView> sessions) {
    }

    /** A period's occurrences: its weekday from {@code first} to {@code last} (null: open). */
    private record Series(String uid, CourseGroupView group, SchedulePeriod period, LocalDate first, LocalDate last) {

        boolean meets(LocalDate date) {
            return date.getDayOfWeek() == period.day() && !date.isBefore(first) && (last == null || !date.isAfter(last));
        }

        ZonedDateTime at(LocalDate date, LocalTime time) {
            return ZonedDateTime.of(date, time, period.zone());
        }
    }

    static String write(List<GroupEntry> groups, List<SessionView> oneOffs) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        Set<String> zones = new TreeSet<>();
        for (GroupEntry entry : groups) {
            for (VEvent event : events(entry, zones)) {
                calendar.add(event);
            }
        }
        for (SessionView session : oneOffs) {
            calendar.add(single(session, session.courseGroupName() + " (extra session)", null));
            zones.add(session.zone());
        }
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        zones.forEach(zone -> calendar.add(registry.getTimeZone(zone).getVTimeZone()));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String groupUid(String groupId) {
        return "course-group-" + groupId + "@slotledger";
    }

    /** The first period keeps the group's own UID, so an unchanged group's calendar entry never changes identity. */
    static String seriesUid(String groupId, long seq, boolean first) {
        return first ? groupUid(groupId) : "course-group-" + groupId + "-" + seq + "@slotledger";
    }

    static String sessionUid(String sessionId) {
        return "session-" + sessionId + "@slotledger";
    }

    /** Each series, then its overrides, then sessions standing on days no series meets. */
    private static List<VEvent> events(GroupEntry entry, Set<String> zones) {
        List<Series> series = series(entry.group(), entry.periods());
        Map<Series, List<ZonedDateTime>> cancelled = new LinkedHashMap<>();
        Map<String, VEvent> overrides = new LinkedHashMap<>();
        List<VEvent> standalone = new ArrayList<>();
        for (ExceptionView exception : entry.exceptions()) {
            Optional<Series> owner = owner(series, exception.date());
            if (owner.isEmpty()) {
                continue; // a date no schedule period meets: it holds no occurrence to except
            }
            Series s = owner.get();
            if (exception.cancelled()) {
                cancelled.computeIfAbsent(s, k -> new ArrayList<>()).add(s.at(exception.date(), s.period().startTime()));
            } else {
                overrides.put(s.uid() + exception.date(), override(s, exception.date(),
                        s.at(exception.date(), or(exception.startTime(), s.period().startTime())),
                        s.at(exception.date(), or(exception.endTime(), s.period().endTime())),
                        or(exception.roomId(), s.period().roomId()), exception.notes(),
                        exception.changedAt() != null ? exception.changedAt() : exception.createdAt()));
            }
        }
        for (SessionView session : entry.sessions()) {
            Optional<Series> owner = owner(series, session.date());
            if (owner.isEmpty()) {
                standalone.add(single(session, entry.group().name(),
                        "Still held under an earlier weekly schedule of the course group."));
                zones.add(session.zone());
                continue;
            }
            Series s = owner.get();
            ExceptionView exception = entry.exceptions().stream().filter(e -> e.date().equals(session.date()))
                    .findFirst().orElse(null);
            LocalTime start = exception != null && exception.startTime() != null ? exception.startTime()
                    : s.period().startTime();
            LocalTime end = exception != null && exception.endTime() != null ? exception.endTime() : s.period().endTime();
            String room = exception != null && exception.roomId() != null ? exception.roomId() : s.period().roomId();
            boolean asPlanned = session.startsAt().equals(s.at(session.date(), start).toInstant())
                    && session.endsAt().equals(s.at(session.date(), end).toInstant()) && session.roomId().equals(room);
            if (!asPlanned) {
                ZoneId zone = s.period().zone();
                overrides.put(s.uid() + session.date(), override(s, session.date(), session.startsAt().atZone(zone),
                        session.endsAt().atZone(zone), session.roomId(),
                        "Still held as scheduled before the weekly schedule changed.",
                        or(entry.group().changedAt(), entry.group().createdAt())));
            }
        }
        List<VEvent> events = new ArrayList<>();
        for (Series s : series) {
            events.add(weekly(s, cancelled.getOrDefault(s, List.of())));
            zones.add(s.period().zone().getId());
        }
        events.addAll(overrides.values());
        events.addAll(standalone);
        return events;
    }

    /**
     * The periods' series. A period's first occurrence is the first on its weekday that begins at or after the
     * instant it took effect (and on or after its startsOn), later than the previous series' last; its last is the
     * last that began before it ended (and on or before its endsOn). A period with no occurrence has no series.
     */
    private static List<Series> series(CourseGroupView group, List<SchedulePeriod> periods) {
        List<Series> series = new ArrayList<>();
        LocalDate previousLast = null;
        for (SchedulePeriod p : periods) {
            LocalDate opening = LocalDate.ofInstant(p.effectiveAt(), p.zone());
            if (p.startsOn() != null && p.startsOn().isAfter(opening)) {
                opening = p.startsOn();
            }
            LocalDate first = opening.with(TemporalAdjusters.nextOrSame(p.day()));
            while (start(p, first).isBefore(p.effectiveAt()) || previousLast != null && !first.isAfter(previousLast)) {
                first = first.plusWeeks(1);
            }
            LocalDate last = p.endsOn() == null ? null : p.endsOn().with(TemporalAdjusters.previousOrSame(p.day()));
            if (p.endedAt() != null) {
                LocalDate beforeEnd = LocalDate.ofInstant(p.endedAt(), p.zone()).with(TemporalAdjusters.previousOrSame(p.day()));
                while (!start(p, beforeEnd).isBefore(p.endedAt())) {
                    beforeEnd = beforeEnd.minusWeeks(1);
                }
                last = last == null || beforeEnd.isBefore(last) ? beforeEnd : last;
            }
            if (last != null && last.isBefore(first)) {
                continue;
            }
            series.add(new Series(seriesUid(group.courseGroupId(), p.seq(), series.isEmpty()), group, p, first, last));
            previousLast = last;
        }
        return series;
    }

    private static Instant start(SchedulePeriod p, LocalDate date) {
        return ZonedDateTime.of(date, p.startTime(), p.zone()).toInstant();
    }

    private static Optional<Series> owner(List<Series> series, LocalDate date) {
        return series.stream().filter(s -> s.meets(date)).findFirst();
    }

    private static VEvent weekly(Series s, List<ZonedDateTime> cancelled) {
        SchedulePeriod p = s.period();
        VEvent weekly = new VEvent(s.at(s.first(), p.startTime()), s.at(s.first(), p.endTime()), s.group().name());
        weekly.add(new Uid(s.uid()));
        weekly.replace(new DtStamp(p.effectiveAt()));
        weekly.add(new Location(p.roomId()));
        String rule = "FREQ=WEEKLY;WKST=MO;BYDAY=" + p.day().name().substring(0, 2);
        if (s.last() != null) {
            rule += ";UNTIL=" + UNTIL.format(s.at(s.last(), p.startTime()).withZoneSameInstant(ZoneOffset.UTC));
        }
        weekly.add(new RRule<>(rule));
        CourseGroupView group = s.group();
        weekly.add(new Description("Course group " + group.courseGroupId() + ", semester " + group.semesterId()
                + (group.lecturerId() == null ? "" : ", lecturer " + group.lecturerId()) + "."));
        if (!cancelled.isEmpty()) {
            weekly.add(new ExDate<>(new ParameterList(List.of(new TzId(p.zone().getId()))), new DateList<>(cancelled)));
        }
        return weekly;
    }

    private static VEvent override(Series s, LocalDate date, ZonedDateTime start, ZonedDateTime end, String roomId,
                                   String notes, Instant stamp) {
        VEvent event = new VEvent(start, end, s.group().name());
        event.add(new Uid(s.uid()));
        event.replace(new DtStamp(stamp));
        event.add(new RecurrenceId<>(new ParameterList(List.of(new TzId(s.period().zone().getId()))),
                s.at(date, s.period().startTime())));
        event.add(new Location(roomId));
        if (notes != null) {
            event.add(new Description(notes));
        }
        return event;
    }

    private static VEvent single(SessionView session, String summary, String notes) {
        ZoneId zone = ZoneId.of(session.zone());
        VEvent event = new VEvent(session.startsAt().atZone(zone), session.endsAt().atZone(zone), summary);
        event.add(new Uid(sessionUid(session.sessionId())));
        event.replace(new DtStamp(session.startsAt()));
        event.add(new Location(session.roomId()));
        if (notes != null) {
            event.add(new Description(notes));
        }
        return event;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
