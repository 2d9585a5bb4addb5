package com.slotledger.query.interview;

import com.slotledger.api.interview.InterviewTypes.ScheduleStatus;
import com.slotledger.api.interview.InterviewTypes.SlotStatus;
import com.slotledger.api.shared.Actor;
import com.slotledger.query.interview.InterviewViewRepository.SlotFilter;
import com.slotledger.query.interview.InterviewViews.ScheduleView;
import com.slotledger.query.interview.InterviewViews.SlotView;
import com.slotledger.query.shared.MinPosition;
import com.slotledger.query.shared.ReadYourWrites;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The caller's calendar for a date range, as JSON or as iCalendar: slots (cancelled ones aside) and live bookings in
 * scope. A candidate's calendar holds only their own bookings.
 */
@Controller("/api/v1/interviews")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "RECRUITER", "INTERVIEWER", "CANDIDATE"})
class CalendarController {

    static final String TEXT_CALENDAR = "text/calendar";

    private final InterviewViewRepository slots;
    private final ScheduleViewRepository schedules;
    private final ReadYourWrites readYourWrites;
    private final DateRanges ranges;

    CalendarController(InterviewViewRepository slots, ScheduleViewRepository schedules, ReadYourWrites readYourWrites,
                       DateRanges ranges) {
        this.slots = slots;
        this.schedules = schedules;
        this.readYourWrites = readYourWrites;
        this.ranges = ranges;
    }

    /** JSON, unless the client asks for text/calendar before JSON (any other Accept, or none, gets JSON). */
    @Get(value = "/calendar", produces = {MediaType.APPLICATION_JSON, TEXT_CALENDAR})
    HttpResponse<?> calendar(LocalDate startDate, LocalDate endDate, @Nullable @QueryValue String zone,
                             @Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header,
                             HttpRequest<?> request, Actor actor) {
        Contents contents = contents(startDate, endDate, zone, minPosition, header, actor);
        if (wantsIcs(request)) {
            return ics(contents);
        }
        List<CalendarEntry> entries = new ArrayList<>();
        contents.slots().forEach(s -> entries.add(new CalendarEntry(IcsCalendar.slotUid(s.slotId()), "SLOT", s.startAt(),
                s.endAt(), s.zone(), s.slotId(), null, s.status(), s.seriesId())));
        contents.bookings().forEach(b -> entries.add(new CalendarEntry(IcsCalendar.bookingUid(b.scheduleId()), "BOOKING",
                b.startAt(), b.endAt(), null, b.slotId(), b.scheduleId(), b.status(), null)));
        entries.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::uid));
        return HttpResponse.ok(entries).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get(value = "/calendar.ics", produces = TEXT_CALENDAR)
    HttpResponse<String> ics(LocalDate startDate, LocalDate endDate, @Nullable @QueryValue String zone,
                             @Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header,
                             Actor actor) {
        return ics(contents(startDate, endDate, zone, minPosition, header, actor));
    }

    private static HttpResponse<String> ics(Contents contents) {
        return HttpResponse.ok(IcsCalendar.write(contents.slots(), contents.bookings()))
                .contentType(TEXT_CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"interviews.ics\"");
    }

    /** The first of JSON and iCalendar that the Accept header names, in its order of preference. */
    private static boolean wantsIcs(HttpRequest<?> request) {
        for (MediaType type : request.accept()) {
            if (TEXT_CALENDAR.equals(type.getName())) {
                return true;
            }
            if (MediaType.APPLICATION_JSON.equals(type.getName())) {
                return false;
            }
        }
        return false;
    }

    private record Contents(List<SlotView> slots, List<ScheduleView> bookings) {
    }

    private Contents contents(LocalDate startDate, LocalDate endDate, String zone, Long minPosition, Long header,
                              Actor actor) {
        readYourWrites.await(InterviewProjection.NAME, MinPosition.of(minPosition, header));
        DateRanges.Range range = ranges.of(startDate, endDate, zone);
        InterviewScope scope = InterviewScope.of(actor);
        List<SlotView> slotList = scope.candidate() ? List.of()
                : slots.slots(new SlotFilter(null, null, null, null, range.from(), range.to(), null, null), scope)
                .stream().filter(slot -> !SlotStatus.CANCELLED.name().equals(slot.status())).toList();
        List<ScheduleView> bookings = new ArrayList<>();
        for (ScheduleStatus live : List.of(ScheduleStatus.PENDING, ScheduleStatus.CONFIRMED)) {
            bookings.addAll(schedules.schedules(live.name(), null, range.from(), range.to(), scope));
        }
        bookings.sort(Comparator.comparing(ScheduleView::startAt).thenComparing(ScheduleView::scheduleId));
        return new Contents(slotList, bookings);
    }

    @Introspected
    record CalendarEntry(String uid, String kind, Instant start, Instant end, @Nullable String zone, String slotId,
                         @Nullable String scheduleId, String status, @Nullable String seriesId) {
    }
}
