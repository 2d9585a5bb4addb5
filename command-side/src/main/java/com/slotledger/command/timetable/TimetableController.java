package com.slotledger.command.timetable;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.timetable.TimetableCommands.AddException;
import com.slotledger.api.timetable.TimetableCommands.CancelSession;
import com.slotledger.api.timetable.TimetableCommands.ChangeException;
import com.slotledger.api.timetable.TimetableCommands.ChangeWeeklySchedule;
import com.slotledger.api.timetable.TimetableCommands.CreateCourseGroup;
import com.slotledger.api.timetable.TimetableCommands.DeactivateCourseGroup;
import com.slotledger.api.timetable.TimetableCommands.GenerateSessions;
import com.slotledger.api.timetable.TimetableCommands.RemoveException;
import com.slotledger.api.timetable.TimetableCommands.ScheduleOneOffSession;
import com.slotledger.api.timetable.TimetableTypes.SessionOverride;
import com.slotledger.api.timetable.TimetableTypes.WeeklySchedule;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.CommandReceipt;
import com.slotledger.command.shared.Ids;
import com.slotledger.command.timetable.CourseGroupDesk.Touched;
import com.slotledger.command.timetable.GenerationReport.RoomConflict;
import com.slotledger.command.timetable.GenerationReport.Skipped;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Changes to course timetables under /api/v1/timetable: course groups, generation, exceptions, one-off sessions.
 * Writers are ADMIN and DATA_OPERATOR; every answer carries the position to read the change back with.
 */
@Controller("/api/v1/timetable")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR"})
class TimetableController {

    private final CommandDispatcher dispatcher;
    private final TimetableRegistry registry;
    private final Clock clock;
    private final String defaultZone;

    TimetableController(CommandDispatcher dispatcher, TimetableRegistry registry, Clock clock,
                        @Value("${slotledger.timetable.default-zone:UTC}") String defaultZone) {
        this.dispatcher = dispatcher;
        this.registry = registry;
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    @Post("/course-groups")
    HttpResponse<CommandReceipt> create(@Valid @Body NewCourseGroup b, Actor actor) {
        CreateCourseGroup command = new CreateCourseGroup(Ids.newId(), b.name().strip(), b.semesterId(), b.lecturerId(),
                schedule(b.day(), b.startTime(), b.endTime(), b.roomId(), b.zone(), b.startsOn(), b.endsOn()),
                actor.userId(), clock.instant());
        return HttpResponse.created(receipt(dispatcher.sendForResult(command, actor)));
    }

    @Put("/course-groups/{id}")
    CommandReceipt changeSchedule(@PathVariable String id, @Valid @Body ScheduleChange b, Actor actor) {
        return receipt(dispatcher.sendForResult(new ChangeWeeklySchedule(id, schedule(b.day(), b.startTime(),
                b.endTime(), b.roomId(), b.zone(), b.startsOn(), b.endsOn()), actor.userId(), clock.instant()), actor));
    }

    @Delete("/course-groups/{id}")
    CommandReceipt deactivate(@PathVariable String id, @Nullable @QueryValue @Size(max = 500) String reason,
                              Actor actor) {
        return receipt(dispatcher.sendForResult(new DeactivateCourseGroup(id, reason, actor.userId(), clock.instant()),
                actor));
    }

    /** One command per group; without courseGroupId, every active group (one failing group does not stop the rest). */
    @Post("/sessions/generate")
    GenerationReceipt generate(@Valid @Body Generation b, Actor actor) {
        boolean dates = b.startDate() != null || b.endDate() != null;
        if (dates && b.weeks() != null) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "Give weeks or startDate and endDate, not both.");
        }
        if (dates && (b.startDate() == null || b.endDate() == null)) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "startDate and endDate go together.");
        }
        if (dates) {
            SessionGeneration.requireRange(b.startDate(), b.endDate());
        }
        Integer weeks = dates ? null : b.weeks() == null ? 4 : b.weeks();
        boolean force = Boolean.TRUE.equals(b.force());
        List<String> groupIds = b.courseGroupId() != null ? List.of(b.courseGroupId()) : registry.activeGroups();
        GenerationReport total = GenerationReport.empty();
        List<String> touched = new ArrayList<>();
        for (String groupId : groupIds) {
            GenerateSessions command = new GenerateSessions(groupId, weeks, b.startDate(), b.endDate(), force,
                    actor.userId(), clock.instant());
            try {
                SessionGeneration.Result result = dispatcher.sendForResult(command, actor);
                total = total.plus(result.report());
                touched.addAll(result.touched());
            } catch (DomainRejection e) {
                if (b.courseGroupId() != null) {
                    throw e;
                }
                total = total.plus(new GenerationReport(0, 0, 0, 0,
                        List.of(new Skipped(groupId, null, e.code().name(), null)), List.of()));
            }
        }
        return new GenerationReceipt(total.created(), total.updated(), total.deleted(), total.unchanged(),
                total.skipped(), total.conflicts(), registry.lastPosition(touched));
    }

    @Post("/exceptions")
    HttpResponse<CommandReceipt> addException(@Valid @Body NewException b, Actor actor) {
        AddException command = new AddException(Ids.newId(), b.courseGroupId(), b.date(), override(b.cancelled(),
                b.roomId(), b.startTime(), b.endTime(), b.notes()), actor.userId(), clock.instant());
        return HttpResponse.created(receipt(dispatcher.sendForResult(command, actor)));
    }

    @Put("/exceptions/{id}")
    CommandReceipt changeException(@PathVariable String id, @Valid @Body ExceptionChange b, Actor actor) {
        return receipt(dispatcher.sendForResult(new ChangeException(id, groupOfException(id), override(b.cancelled(),
                b.roomId(), b.startTime(), b.endTime(), b.notes()), actor.userId(), clock.instant()), actor));
    }

    @Delete("/exceptions/{id}")
    CommandReceipt removeException(@PathVariable String id, Actor actor) {
        return receipt(dispatcher.sendForResult(new RemoveException(id, groupOfException(id), actor.userId(),
                clock.instant()), actor));
    }

    @Post("/sessions")
    HttpResponse<CommandReceipt> scheduleOneOff(@Valid @Body NewSession b, Actor actor) {
        ScheduleOneOffSession command = new ScheduleOneOffSession(Ids.newId(), b.courseGroupId(), b.date(),
                b.startTime(), b.endTime(), b.roomId(), actor.userId(), clock.instant());
        return HttpResponse.created(receipt(dispatcher.sendForResult(command, actor)));
    }

    @Delete("/sessions/{id}")
    CommandReceipt cancelSession(@PathVariable String id, @Nullable @QueryValue @Size(max = 500) String reason,
                                 Actor actor) {
        return receipt(dispatcher.sendForResult(new CancelSession(id, reason, actor.userId(), clock.instant()), actor));
    }

    private CommandReceipt receipt(Touched touched) {
        return new CommandReceipt(touched.id(), registry.lastPosition(touched.aggregates()));
    }

    private String groupOfException(String exceptionId) {
        return registry.exception(exceptionId).map(TimetableRegistry.ExceptionRoute::groupId)
                .orElseThrow(() -> new DomainRejection(ErrorCode.EXCEPTION_NOT_FOUND, "No exception " + exceptionId + "."));
    }

    private WeeklySchedule schedule(String day, LocalTime start, LocalTime end, String roomId, String zone,
                                    LocalDate startsOn, LocalDate endsOn) {
        return new WeeklySchedule(day(day), start, end, roomId, zone(zone), startsOn, endsOn);
    }

    private static SessionOverride override(Boolean cancelled, String roomId, LocalTime start, LocalTime end,
                                            String notes) {
        return new SessionOverride(Boolean.TRUE.equals(cancelled), roomId, start, end, notes);
    }

    /** MON..SUN as the seed writes them, or full names, in any case. */
    static DayOfWeek day(String day) {
        String value = day.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek candidate : DayOfWeek.values()) {
            if (candidate.name().equals(value) || candidate.name().substring(0, 3).equals(value)) {
                return candidate;
            }
        }
        throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "day: '" + day + "' is not one of MON..SUN.");
    }

    private ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone == null || zone.isBlank() ? defaultZone : zone.strip());
        } catch (DateTimeException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "zone: '" + zone + "' is not a time zone id.");
        }
    }

    @Introspected
    record NewCourseGroup(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String semesterId,
                          @Nullable @Size(max = 64) String lecturerId, @NotBlank @Size(max = 9) String day,
                          @NotNull LocalTime startTime, @NotNull LocalTime endTime,
                          @NotBlank @Size(max = 64) String roomId, @Nullable @Size(max = 64) String zone,
                          @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    @Introspected
    record ScheduleChange(@NotBlank @Size(max = 9) String day, @NotNull LocalTime startTime, @NotNull LocalTime endTime,
                          @NotBlank @Size(max = 64) String roomId, @Nullable @Size(max = 64) String zone,
                          @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    @Introspected
    record Generation(@Nullable @Size(max = 64) String courseGroupId, @Nullable @Min(1) @Max(104) Integer weeks,
                      @Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable Boolean force) {
    }

    @Introspected
    record GenerationReceipt(int created, int updated, int deleted, int unchanged, List<Skipped> skipped,
                             List<RoomConflict> conflicts, long position) {
    }

    @Introspected
    record NewException(@NotBlank @Size(max = 64) String courseGroupId, @NotNull LocalDate date,
                        @Nullable Boolean cancelled, @Nullable @Size(max = 64) String roomId,
                        @Nullable LocalTime startTime, @Nullable LocalTime endTime,
                        @Nullable @Size(max = 1000) String notes) {
    }

    @Introspected
    record ExceptionChange(@Nullable Boolean cancelled, @Nullable @Size(max = 64) String roomId,
                           @Nullable LocalTime startTime, @Nullable LocalTime endTime,
                           @Nullable @Size(max = 1000) String notes) {
    }

    @Introspected
    record NewSession(@NotBlank @Size(max = 64) String courseGroupId, @NotNull LocalDate date,
                      @NotNull LocalTime startTime, @NotNull LocalTime endTime,
                      @Nullable @Size(max = 64) String roomId) {
    }
}
