package com.slotledger.query.interview;

import com.slotledger.query.interview.InterviewViews.ScheduleView;
import com.slotledger.query.interview.InterviewViews.SlotView;
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
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The calendar as iCalendar (RFC 5545), built and written by ical4j. One VEVENT per slot and per booking, with
 * UIDs derived from their ids so they stay stable across exports. Slots of a recurring series are exported as
 * the series: one VEVENT per daily start time, in the series' zone, with a weekly RRULE and an EXDATE for each
 * occurrence that does not exist (skipped, conflicting, or outside the export's range).
 */
public final class IcsCalendar {

    static final String PRODUCT = "-//SlotLedger//Interview scheduling//EN";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private IcsCalendar() {
    }

    public static String write(List<SlotView> slots, List<ScheduleView> bookings) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        Set<String> zonesUsed = new TreeSet<>();
        Map<String, List<SlotView>> series = new LinkedHashMap<>();
        for (SlotView slot : slots) {
            if (slot.seriesId() == null || slot.seriesDays() == null) {
                calendar.add(single(slot));
            } else {
                series.computeIfAbsent(seriesKey(slot), key -> new ArrayList<>()).add(slot);
            }
        }
        for (Map.Entry<String, List<SlotView>> line : series.entrySet()) {
            calendar.add(series(line.getKey(), line.getValue()));
            zonesUsed.add(line.getValue().get(0).zone());
        }
        for (ScheduleView booking : bookings) {
            calendar.add(booking(booking));
        }
        for (String zone : zonesUsed) {
            calendar.add(zones.getTimeZone(zone).getVTimeZone());
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String slotUid(String slotId) {
        return "slot-" + slotId + "@slotledger";
    }

    public static String bookingUid(String scheduleId) {
        return "booking-" + scheduleId + "@slotledger";
    }

    private static VEvent single(SlotView slot) {
        VEvent event = new VEvent(slot.startAt(), slot.endAt(), "Interview slot (" + slot.currentBookings() + "/"
                + slot.maxCandidates() + " booked)");
        event.add(new Uid(slotUid(slot.slotId())));
        event.replace(new DtStamp(slot.createdAt()));
        event.add(new Description("Interviewer " + slot.interviewerId() + ", company " + slot.companyId() + ", "
                + slot.status() + "."));
        return event;
    }

    /** A series line: slots of one series starting at one wall-clock time, as a weekly rule with exceptions. */
    private static VEvent series(String key, List<SlotView> slots) {
        slots.sort(Comparator.comparing(SlotView::startAt));
        SlotView first = slots.get(0);
        ZoneId zone = ZoneId.of(first.zone());
        ZonedDateTime start = first.startAt().atZone(zone);
        ZonedDateTime last = slots.get(slots.size() - 1).startAt().atZone(zone);
        List<Integer> days = days(first.seriesDays());
        VEvent event = new VEvent(start, Duration.ofMinutes(first.durationMinutes()), "Interview slot");
        event.add(new Uid(key));
        event.replace(new DtStamp(first.createdAt()));
        event.add(new RRule<>("FREQ=WEEKLY;WKST=MO;BYDAY=" + days.stream().map(d -> DAYS[d - 1])
                .collect(Collectors.joining(",")) + ";UNTIL=" + UNTIL.format(last.withZoneSameInstant(ZoneOffset.UTC))));
        Set<Instant> present = slots.stream().map(SlotView::startAt).collect(Collectors.toSet());
        List<ZonedDateTime> missing = new ArrayList<>();
        for (ZonedDateTime occurrence : occurrences(start, last, days)) {
            if (!present.contains(occurrence.toInstant())) {
                missing.add(occurrence);
            }
        }
        if (!missing.isEmpty()) {
            event.add(new ExDate<>(new ParameterList(List.of(new TzId(zone.getId()))), new DateList<>(missing)));
        }
        event.add(new Description("Series " + first.seriesId() + ", interviewer " + first.interviewerId()
                + ", company " + first.companyId() + ", " + slots.size() + " slot(s)."));
        return event;
    }

    /** The occurrences the rule yields: the series' weekdays from the first to the last start, at one wall-clock time. */
    static List<ZonedDateTime> occurrences(ZonedDateTime first, ZonedDateTime last, List<Integer> days) {
        List<ZonedDateTime> all = new ArrayList<>();
        LocalTime time = first.toLocalTime();
        for (LocalDate day = first.toLocalDate(); !day.isAfter(last.toLocalDate()); day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek().getValue())) {
                all.add(ZonedDateTime.of(day, time, first.getZone()));
            }
        }
        return all;
    }

    private static VEvent booking(ScheduleView booking) {
        VEvent event = new VEvent(booking.startAt(), booking.endAt(), "Interview (" + booking.status() + ")");
        event.add(new Uid(bookingUid(booking.scheduleId())));
        event.replace(new DtStamp(booking.bookedAt()));
        event.add("CONFIRMED".equals(booking.status()) ? new Status(Status.VALUE_CONFIRMED) : new Status(Status.VALUE_TENTATIVE));
        event.add(new Description("Interview " + booking.interviewId() + " of candidate " + booking.candidateId()
                + " in slot " + booking.slotId() + "."));
        return event;
    }

    private static String seriesKey(SlotView slot) {
        LocalTime time = slot.startAt().atZone(ZoneId.of(slot.zone())).toLocalTime();
        return "series-" + slot.seriesId() + "-" + time.toString().replace(":", "") + "-" + slot.durationMinutes()
                + "@slotledger";
    }

    private static List<Integer> days(String seriesDays) {
        return List.copyOf(new LinkedHashSet<>(java.util.Arrays.stream(seriesDays.split(","))
                .map(Integer::valueOf).sorted().toList()));
    }
}
