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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Course timetables as iCalendar (RFC 5545), written by ical4j as the interview calendar is: one VEVENT per course
 * group with a weekly RRULE in the group's zone (so 10:00 stays 10:00 local across DST), its cancelled dates as
 * EXDATE, each overridden date as a VEVENT with the group's UID and a RECURRENCE-ID, and each one-off session as a
 * VEVENT of its own.
 */
final class TimetableCalendar {

    static final String PRODUCT = "-//SlotLedger//Course timetables//EN";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private TimetableCalendar() {
    }

    static String write(List<CourseGroupView> groups, Map<String, List<ExceptionView>> exceptions,
                        List<SessionView> oneOffs) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        Set<String> zones = new TreeSet<>();
        for (CourseGroupView group : groups) {
            List<ExceptionView> own = exceptions.getOrDefault(group.courseGroupId(), List.of());
            events(group, own).forEach(calendar::add);
            zones.add(group.zone());
        }
        for (SessionView session : oneOffs) {
            VEvent event = new VEvent(session.startsAt(), session.endsAt(), session.courseGroupName() + " (extra session)");
            event.add(new Uid(sessionUid(session.sessionId())));
            event.replace(new DtStamp(session.startsAt()));
            event.add(new Location(session.roomId()));
            calendar.add(event);
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

    static String sessionUid(String sessionId) {
        return "session-" + sessionId + "@slotledger";
    }

    /** The group's weekly event, then one event per overridden date. */
    private static List<VEvent> events(CourseGroupView group, List<ExceptionView> exceptions) {
        ZoneId zone = ZoneId.of(group.zone());
        DayOfWeek day = DayOfWeek.valueOf(group.day());
        LocalDate opening = group.startsOn() != null ? group.startsOn() : LocalDate.ofInstant(group.createdAt(), zone);
        LocalDate first = opening.with(TemporalAdjusters.nextOrSame(day));
        String uid = groupUid(group.courseGroupId());
        VEvent weekly = new VEvent(ZonedDateTime.of(first, group.startTime(), zone),
                ZonedDateTime.of(first, group.endTime(), zone), group.name());
        weekly.add(new Uid(uid));
        weekly.replace(new DtStamp(group.createdAt()));
        weekly.add(new Location(group.roomId()));
        String rule = "FREQ=WEEKLY;WKST=MO;BYDAY=" + group.day().substring(0, 2);
        if (group.endsOn() != null) {
            LocalDate last = group.endsOn().with(TemporalAdjusters.previousOrSame(day));
            rule += ";UNTIL=" + UNTIL.format(ZonedDateTime.of(last, group.startTime(), zone)
                    .withZoneSameInstant(ZoneOffset.UTC));
        }
        weekly.add(new RRule<>(rule));
        weekly.add(new Description("Course group " + group.courseGroupId() + ", semester " + group.semesterId()
                + (group.lecturerId() == null ? "" : ", lecturer " + group.lecturerId()) + "."));
        List<VEvent> events = new ArrayList<>(List.of(weekly));
        List<ZonedDateTime> cancelled = new ArrayList<>();
        for (ExceptionView exception : exceptions) {
            if (exception.date().getDayOfWeek() != day || exception.date().isBefore(first)
                    || (group.endsOn() != null && exception.date().isAfter(group.endsOn()))) {
                continue; // left behind by a schedule change: no occurrence of the rule to except
            }
            ZonedDateTime occurrence = ZonedDateTime.of(exception.date(), group.startTime(), zone);
            if (exception.cancelled()) {
                cancelled.add(occurrence);
            } else {
                events.add(override(group, exception, occurrence, uid, zone));
            }
        }
        if (!cancelled.isEmpty()) {
            weekly.add(new ExDate<>(new ParameterList(List.of(new TzId(zone.getId()))), new DateList<>(cancelled)));
        }
        return events;
    }

    private static VEvent override(CourseGroupView group, ExceptionView exception, ZonedDateTime occurrence,
                                   String uid, ZoneId zone) {
        LocalTime start = exception.startTime() != null ? exception.startTime() : group.startTime();
        LocalTime end = exception.endTime() != null ? exception.endTime() : group.endTime();
        VEvent event = new VEvent(ZonedDateTime.of(exception.date(), start, zone),
                ZonedDateTime.of(exception.date(), end, zone), group.name());
        event.add(new Uid(uid));
        event.replace(new DtStamp(exception.changedAt() != null ? exception.changedAt() : exception.createdAt()));
        event.add(new RecurrenceId<>(new ParameterList(List.of(new TzId(zone.getId()))), occurrence));
        event.add(new Location(exception.roomId() != null ? exception.roomId() : group.roomId()));
        if (exception.notes() != null) {
            event.add(new Description(exception.notes()));
        }
        return event;
    }
}
