package com.slotledger.query.interview;

import com.slotledger.api.interview.InterviewTypes.ConflictResolution;
import com.slotledger.api.interview.InterviewTypes.ScheduleStatus;
import com.slotledger.api.interview.InterviewTypes.SlotStatus;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Role;
import com.slotledger.query.interview.InterviewViewRepository.SlotFilter;
import com.slotledger.query.interview.InterviewViews.AvailabilityView;
import com.slotledger.query.interview.InterviewViews.ConflictView;
import com.slotledger.query.interview.InterviewViews.InterviewView;
import com.slotledger.query.interview.InterviewViews.ScheduleView;
import com.slotledger.query.interview.InterviewViews.SlotView;
import com.slotledger.query.shared.MinPosition;
import com.slotledger.query.shared.ReadYourWrites;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Reads of interview scheduling under /api/v1/interviews, each limited to what the caller may see. */
@Controller("/api/v1/interviews")
@ExecuteOn(TaskExecutors.BLOCKING)
class InterviewQueryController {

    private final InterviewViewRepository slots;
    private final ScheduleViewRepository views;
    private final ReadYourWrites readYourWrites;
    private final DateRanges ranges;
    private final Clock clock;

    InterviewQueryController(InterviewViewRepository slots, ScheduleViewRepository views, ReadYourWrites readYourWrites,
                             DateRanges ranges, Clock clock) {
        this.slots = slots;
        this.views = views;
        this.readYourWrites = readYourWrites;
        this.ranges = ranges;
        this.clock = clock;
    }

    @Get("/slots")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER"})
    List<SlotView> slots(@Nullable @QueryValue SlotStatus status, @Nullable @QueryValue String interviewerId,
                         @Nullable @QueryValue String companyId, @Nullable @QueryValue String jobId,
                         @Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header,
                         Actor actor) {
        await(minPosition, header);
        return slots.slots(SlotFilter.listing(status == null ? null : status.name(), interviewerId, companyId, jobId),
                InterviewScope.of(actor));
    }

    /** The seed's search: open slots in a date range, optionally in a daily time window and of a minimum length. */
    @Post("/slots/search")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER", "CANDIDATE"})
    List<SlotView> search(@Valid @Body SlotSearch body, @Nullable @QueryValue Long minPosition,
                          @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        DateRanges.Range range = ranges.of(body.startDate(), body.endDate(), body.zone());
        return slots.slots(new SlotFilter(SlotStatus.AVAILABLE.name(), body.interviewerId(), body.companyId(), null,
                        range.from(), range.to(), clock.instant(), body.duration()), InterviewScope.of(actor)).stream()
                .filter(slot -> inWindow(slot, body.zone() == null ? ZoneId.of(slot.zone()) : range.zone(),
                        body.startTime(), body.endTime()))
                .toList();
    }

    @Get("/available-slots")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER", "CANDIDATE"})
    List<SlotView> available(@Nullable @QueryValue LocalDate startDate, @Nullable @QueryValue LocalDate endDate,
                             @Nullable @QueryValue String companyId, @Nullable @QueryValue String interviewerId,
                             @Nullable @QueryValue String zone, @Nullable @QueryValue Long minPosition,
                             @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        DateRanges.Range range = ranges.of(startDate, endDate, zone);
        return slots.slots(new SlotFilter(SlotStatus.AVAILABLE.name(), interviewerId, companyId, null, range.from(),
                range.to(), clock.instant(), null), InterviewScope.of(actor));
    }

    @Get("/schedules")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER", "CANDIDATE"})
    List<ScheduleView> schedules(@Nullable @QueryValue ScheduleStatus status, @Nullable @QueryValue String slotId,
                                 @Nullable @QueryValue Long minPosition,
                                 @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        return views.schedules(status == null ? null : status.name(), slotId, null, null, InterviewScope.of(actor));
    }

    @Get("/availability")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER"})
    List<AvailabilityView> availability(@Nullable @QueryValue String interviewerId,
                                        @Nullable @QueryValue Long minPosition,
                                        @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        InterviewScope scope = InterviewScope.of(actor);
        return views.availability(interviewerId, scope.companyId(), scope.interviewerId());
    }

    @Get("/conflicts")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER"})
    List<ConflictView> conflicts(@Nullable @QueryValue ConflictResolution resolution,
                                 @Nullable @QueryValue Long minPosition,
                                 @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        InterviewScope scope = InterviewScope.of(actor);
        return views.conflicts(resolution == null ? null : resolution.name(), scope.companyId(), scope.interviewerId());
    }

    /** An interview with the times its confirmed booking set; outside the caller's scope it does not exist. */
    @Get("/{id}")
    @Secured({"ADMIN", "RECRUITER", "CANDIDATE"})
    InterviewView interview(@PathVariable String id, @Nullable @QueryValue Long minPosition,
                            @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        await(minPosition, header);
        InterviewView view = views.interview(id).orElseThrow(() -> notFound(id));
        boolean visible = actor.has(Role.ADMIN)
                || (actor.has(Role.RECRUITER) && view.companyId().equals(actor.companyId()))
                || (actor.has(Role.CANDIDATE) && view.candidateId().equals(actor.userId()));
        if (!visible) {
            throw notFound(id);
        }
        return view;
    }

    /** The daily window is read in the search's zone when it names one, else in each slot's own zone. */
    private static boolean inWindow(SlotView slot, ZoneId zone, LocalTime from, LocalTime to) {
        ZonedDateTime start = slot.startAt().atZone(zone);
        ZonedDateTime end = slot.endAt().atZone(zone);
        return (from == null || !start.toLocalTime().isBefore(from)) && (to == null || !end.toLocalTime().isAfter(to));
    }

    private void await(Long minPosition, Long header) {
        readYourWrites.await(InterviewProjection.NAME, MinPosition.of(minPosition, header));
    }

    private static DomainRejection notFound(String id) {
        return new DomainRejection(ErrorCode.INTERVIEW_NOT_FOUND, "No interview " + id + ".");
    }

    @Introspected
    record SlotSearch(@Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable @Size(max = 64) String companyId,
                      @Nullable @Size(max = 64) String interviewerId, @Nullable LocalTime startTime,
                      @Nullable LocalTime endTime, @Nullable @Min(1) @Max(1440) Integer duration,
                      @Nullable @Size(max = 64) String zone) {
    }
}
