package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.BookInterview;
import com.slotledger.api.interview.InterviewCommands.CancelBooking;
import com.slotledger.api.interview.InterviewCommands.CancelSlot;
import com.slotledger.api.interview.InterviewCommands.CompleteSlot;
import com.slotledger.api.interview.InterviewCommands.ConfirmBooking;
import com.slotledger.api.interview.InterviewCommands.CreateInterview;
import com.slotledger.api.interview.InterviewCommands.CreateInterviewSlot;
import com.slotledger.api.interview.InterviewCommands.CreateRecurringSlots;
import com.slotledger.api.interview.InterviewCommands.RescheduleBooking;
import com.slotledger.api.interview.InterviewTypes.RecurringPattern;
import com.slotledger.api.interview.InterviewTypes.SlotSpec;
import com.slotledger.api.interview.InterviewTypes.SlotType;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.TargetedCommand;
import com.slotledger.command.interview.InterviewRegistry.BookingRef;
import com.slotledger.command.interview.InterviewRegistry.SlotRef;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.CommandReceipt;
import com.slotledger.command.shared.Ids;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** Interviews, slots and bookings under /api/v1/interviews (the seed's paths). */
@Controller("/api/v1/interviews")
@ExecuteOn(TaskExecutors.BLOCKING)
class InterviewController {

    private final CommandDispatcher dispatcher;
    private final InterviewAccess access;
    private final InterviewRegistry registry;
    private final Clock clock;
    private final String defaultZone;

    InterviewController(CommandDispatcher dispatcher, InterviewAccess access, InterviewRegistry registry, Clock clock,
                        @Value("${slotledger.interview.default-zone:UTC}") String defaultZone) {
        this.dispatcher = dispatcher;
        this.access = access;
        this.registry = registry;
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    @Post
    @Secured({"ADMIN", "RECRUITER"})
    HttpResponse<CommandReceipt> createInterview(@Valid @Body NewInterview body, Actor actor) {
        String company = access.companyFor(body.companyId(), actor);
        CreateInterview command = new CreateInterview(Ids.newId(), body.candidateId(), company, body.jobId(),
                body.round() == null ? 1 : body.round(), actor.userId(), clock.instant());
        return HttpResponse.created(dispatcher.send(command, actor));
    }

    /** The receipt's position covers the slot and any conflict it recorded (both are in the slot's stream). */
    @Post("/slots")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER"})
    HttpResponse<CommandReceipt> createSlot(@Valid @Body NewSlot body, Actor actor) {
        String company = access.companyFor(body.companyId(), actor);
        SlotSpec spec = new SlotSpec(body.type() == null ? SlotType.FIXED : body.type(),
                access.interviewerFor(body.interviewerId(), company, actor), company, body.jobId(), body.startTime(),
                body.endTime(), zone(body.zone()), body.maxCandidates() == null ? 1 : body.maxCandidates(), body.notes());
        BusinessHours.requireEndAfterStart(spec.start(), spec.end());
        return HttpResponse.created(dispatcher.send(new CreateInterviewSlot(Ids.newId(), spec, actor.userId(),
                clock.instant()), actor));
    }

    /**
     * {@code atomic} may come in the body or as {@code ?atomic=true}; either asks for all-or-nothing. Every created
     * occurrence carries the position of its own slot (read-your-writes is per aggregate); {@code position} is the
     * newest of them.
     */
    @Post("/slots/recurring")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER"})
    HttpResponse<RecurringReceipt> createRecurring(@Valid @Body NewSeries body, @Nullable @QueryValue Boolean atomic,
                                                   Actor actor) {
        RecurringPattern pattern = new RecurringPattern(body.startDate(), body.endDate(), body.startTime(),
                body.endTime(), body.daysOfWeek(), body.slotDuration(), body.breakDuration() == null ? 0 : body.breakDuration(),
                zone(body.zone()));
        String company = access.companyFor(body.companyId(), actor);
        CreateRecurringSlots command = new CreateRecurringSlots(Ids.newId(), pattern,
                access.interviewerFor(body.interviewerId(), company, actor), company, body.jobId(),
                body.maxCandidatesPerSlot() == null ? 1 : body.maxCandidatesPerSlot(), body.notes(),
                Boolean.TRUE.equals(body.atomic()) || Boolean.TRUE.equals(atomic), actor.userId(), clock.instant());
        RecurringReport report = dispatcher.sendForResult(command, actor);
        Map<String, Long> positions = registry.lastPositions(report.created().stream()
                .map(RecurringReport.Occurrence::slotId).toList());
        List<RecurringReport.Occurrence> created = report.created().stream()
                .map(o -> o.at(positions.getOrDefault(o.slotId(), 0L))).toList();
        return HttpResponse.created(new RecurringReceipt(report.seriesId(), created, report.skipped(),
                report.conflicting(), positions.values().stream().mapToLong(Long::longValue).max().orElse(0)));
    }

    @Post("/slots/{id}/book")
    @Secured({"ADMIN", "RECRUITER", "CANDIDATE"})
    HttpResponse<CommandReceipt> bookSlot(@PathVariable String id, @Valid @Body SlotBooking body, Actor actor) {
        return book(id, body.interviewId(), body.bookingNotes(), actor);
    }

    /** Cancels the slot and, with its reason, each of its live bookings: candidates and interviewer are free again. */
    @Post("/slots/{id}/cancel")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER"})
    CommandReceipt cancelSlot(@PathVariable String id, @Valid @Body Cancellation body, Actor actor) {
        access.slotToClose(id, actor);
        return dispatcher.send(new CancelSlot(id, body.reason(), actor.userId(), clock.instant()), actor);
    }

    /** Marks a slot that has ended (by the clock) as held. */
    @Post("/slots/{id}/complete")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER"})
    CommandReceipt completeSlot(@PathVariable String id, Actor actor) {
        access.slotToClose(id, actor);
        return dispatcher.send(new CompleteSlot(id, actor.userId(), clock.instant()), actor);
    }

    /** The seed's release: the interview gives its seat in this slot back. */
    @Post("/slots/{id}/release")
    @Secured({"ADMIN", "RECRUITER", "CANDIDATE"})
    CommandReceipt release(@PathVariable String id, @Valid @Body SlotRelease body, Actor actor) {
        access.interviewToBook(body.interviewId(), actor);
        String scheduleId = registry.activeBookingOf(id, body.interviewId()).orElseThrow(() -> new DomainRejection(
                ErrorCode.SCHEDULE_NOT_FOUND, "The interview has no live booking in slot " + id + "."));
        return receipt(scheduleId, id, new CancelBooking(id, scheduleId, body.reason(), actor.userId(), clock.instant()), actor);
    }

    @Post("/schedules/book")
    @Secured({"ADMIN", "RECRUITER", "CANDIDATE"})
    HttpResponse<CommandReceipt> bookSchedule(@Valid @Body ScheduleBooking body, Actor actor) {
        return book(body.slotId(), body.interviewId(), body.bookingNotes(), actor);
    }

    @Post("/schedules/{id}/confirm")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER"})
    CommandReceipt confirm(@PathVariable String id, Actor actor) {
        BookingRef booking = access.booking(id, actor, true, false);
        return receipt(id, booking.slotId(), new ConfirmBooking(booking.slotId(), id, actor.userId(), clock.instant()), actor);
    }

    @Post("/schedules/{id}/cancel")
    @Secured({"ADMIN", "RECRUITER", "INTERVIEWER", "CANDIDATE"})
    CommandReceipt cancel(@PathVariable String id, @Valid @Body Cancellation body, Actor actor) {
        BookingRef booking = access.booking(id, actor, true, true);
        return receipt(id, booking.slotId(), new CancelBooking(booking.slotId(), id, body.reason(), actor.userId(),
                clock.instant()), actor);
    }

    /**
     * Answers the new booking with its slot's position, and the old slot's position as {@code previousPosition}:
     * the move spans two slots, and read-your-writes holds per aggregate.
     */
    @Post("/schedules/{id}/reschedule")
    @Secured({"ADMIN", "RECRUITER", "CANDIDATE"})
    RescheduleReceipt reschedule(@PathVariable String id, @Valid @Body Rescheduling body, Actor actor) {
        BookingRef booking = access.booking(id, actor, false, true);
        access.slot(body.slotId(), actor);
        String newScheduleId = Ids.newId();
        dispatcher.sendForResult(new RescheduleBooking(booking.slotId(), id, body.slotId(), newScheduleId,
                actor.userId(), clock.instant()), actor);
        Map<String, Long> positions = registry.lastPositions(List.of(booking.slotId(), body.slotId()));
        return new RescheduleReceipt(newScheduleId, positions.getOrDefault(body.slotId(), 0L),
                positions.getOrDefault(booking.slotId(), 0L));
    }

    private HttpResponse<CommandReceipt> book(String slotId, String interviewId, String notes, Actor actor) {
        access.interviewToBook(interviewId, actor);
        SlotRef slot = access.slot(slotId, actor);
        String scheduleId = Ids.newId();
        return HttpResponse.created(receipt(scheduleId, slot.slotId(), new BookInterview(slot.slotId(), scheduleId,
                interviewId, notes, actor.userId(), clock.instant()), actor));
    }

    /** A receipt naming the booking, positioned at its slot's newest event. */
    private CommandReceipt receipt(String scheduleId, String slotId, TargetedCommand command, Actor actor) {
        CommandReceipt sent = dispatcher.send(command, actor);
        return new CommandReceipt(scheduleId, sent.position());
    }

    private String zone(String requested) {
        String zone = requested == null || requested.isBlank() ? defaultZone : requested.strip();
        BusinessHours.zone(zone);
        return zone;
    }

    @Introspected
    record NewInterview(@NotBlank @Size(max = 64) String candidateId, @Nullable @Size(max = 64) String companyId,
                        @Nullable @Size(max = 64) String jobId, @Nullable @Min(1) @Max(50) Integer round) {
    }

    @Introspected
    record NewSlot(@Nullable SlotType type, @Nullable @Size(max = 64) String interviewerId,
                   @Nullable @Size(max = 64) String companyId, @Nullable @Size(max = 64) String jobId,
                   @NotNull Instant startTime, @NotNull Instant endTime, @Nullable @Size(max = 64) String zone,
                   @Nullable @Min(1) @Max(1000) Integer maxCandidates, @Nullable @Size(max = 2000) String notes) {
    }

    @Introspected
    record NewSeries(@Nullable @Size(max = 64) String interviewerId, @Nullable @Size(max = 64) String companyId,
                     @Nullable @Size(max = 64) String jobId, @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                     @NotNull LocalTime startTime, @NotNull LocalTime endTime,
                     @NotEmpty @Size(max = 7) List<@NotNull @Min(1) @Max(7) Integer> daysOfWeek,
                     @NotNull @Min(5) @Max(1440) Integer slotDuration, @Nullable @Min(0) @Max(1440) Integer breakDuration,
                     @Nullable @Min(1) @Max(1000) Integer maxCandidatesPerSlot, @Nullable @Size(max = 2000) String notes,
                     @Nullable @Size(max = 64) String zone, @Nullable Boolean atomic) {
    }

    @Introspected
    record RecurringReceipt(String seriesId, List<RecurringReport.Occurrence> created,
                            List<RecurringReport.Occurrence> skipped, List<RecurringReport.Occurrence> conflicting,
                            long position) {
    }

    @Introspected
    record SlotBooking(@NotBlank @Size(max = 64) String interviewId, @Nullable @Size(max = 2000) String bookingNotes) {
    }

    @Introspected
    record SlotRelease(@NotBlank @Size(max = 64) String interviewId, @Nullable @Size(max = 2000) String reason) {
    }

    @Introspected
    record ScheduleBooking(@NotBlank @Size(max = 64) String interviewId, @NotBlank @Size(max = 64) String slotId,
                           @Nullable @Size(max = 2000) String bookingNotes) {
    }

    @Introspected
    record Cancellation(@Nullable @Size(max = 2000) String reason) {
    }

    @Introspected
    record RescheduleReceipt(String id, long position, long previousPosition) {
    }

    @Introspected
    record Rescheduling(@NotBlank @Size(max = 64) String slotId) {
    }
}
