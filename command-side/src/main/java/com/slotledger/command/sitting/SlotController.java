package com.slotledger.command.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.SlotCategory;
import com.slotledger.api.sitting.SlotCommands.AddSlotAttendees;
import com.slotledger.api.sitting.SlotCommands.CancelSlot;
import com.slotledger.api.sitting.SlotCommands.RescheduleSlot;
import com.slotledger.api.sitting.SlotCommands.ScheduleSlot;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.CommandReceipt;
import com.slotledger.command.shared.Ids;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Scheduling slots over HTTP. Permission SLOT_MANAGE: ADMIN, DATA_OPERATOR. */
@Controller("/api/v1/slots")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR"})
class SlotController {

    private final CommandDispatcher dispatcher;
    private final Clock clock;
    private final ZoneId defaultZone;

    SlotController(CommandDispatcher dispatcher, Clock clock,
                   @Value("${slotledger.sitting.default-zone:UTC}") String defaultZone) {
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    @Post
    HttpResponse<CommandReceipt> schedule(@Valid @Body NewSlot b, Actor actor) {
        ScheduleSlot command = new ScheduleSlot(Ids.newId(), b.semesterId(), b.roomId(), b.startsAt(), b.endsAt(),
                zone(b.zone()), b.category(), b.supervisorIds(), b.lecturerId(), null, actor.userId(), clock.instant());
        return HttpResponse.created(dispatcher.send(command, actor));
    }

    @Put("/{id}")
    CommandReceipt reschedule(@PathVariable String id, @Valid @Body SlotChange b, Actor actor) {
        return dispatcher.send(new RescheduleSlot(id, b.roomId(), b.startsAt(), b.endsAt(), zone(b.zone()),
                b.supervisorIds(), b.lecturerId(), actor.userId(), clock.instant()), actor);
    }

    @Delete("/{id}")
    CommandReceipt cancel(@PathVariable String id, @Nullable @QueryValue @Size(max = 500) String reason, Actor actor) {
        return dispatcher.send(new CancelSlot(id, reason, actor.userId(), clock.instant()), actor);
    }

    /** A lecture's roster; exam slots take participants instead. */
    @Post("/{id}/attendees")
    CommandReceipt attendees(@PathVariable String id, @Valid @Body Attendees b, Actor actor) {
        return dispatcher.send(new AddSlotAttendees(id, b.studentUserIds(), actor.userId(), clock.instant()), actor);
    }

    private ZoneId zone(String zone) {
        if (zone == null) {
            return defaultZone;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "zone: " + zone + " is not a time zone id.");
        }
    }

    @Introspected
    record NewSlot(@NotBlank @Size(max = 64) String semesterId, @NotBlank @Size(max = 64) String roomId,
                   @NotNull Instant startsAt, @NotNull Instant endsAt, @Nullable @Size(max = 64) String zone,
                   @NotNull SlotCategory category, @Nullable @Size(max = 20) List<@NotBlank String> supervisorIds,
                   @Nullable @Size(max = 64) String lecturerId) {
    }

    @Introspected
    record SlotChange(@NotBlank @Size(max = 64) String roomId, @NotNull Instant startsAt, @NotNull Instant endsAt,
                      @Nullable @Size(max = 64) String zone, @Nullable @Size(max = 20) List<@NotBlank String> supervisorIds,
                      @Nullable @Size(max = 64) String lecturerId) {
    }

    @Introspected
    record Attendees(@NotEmpty @Size(max = 500) List<@NotBlank String> studentUserIds) {
    }
}
