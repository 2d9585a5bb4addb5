package com.slotledger.command.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.sitting.AttendanceCommands.UpdateAttendance;
import com.slotledger.api.sitting.AttendanceStatus;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.CommandReceipt;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;

/**
 * A person's attendance decision. Permission ATTENDANCE_UPDATE: ADMIN, DATA_OPERATOR, and the slot's assigned
 * supervisors inside the edit window (the slot decides both).
 */
@Controller("/api/v1/exam-attendance")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR"})
class AttendanceController {

    private final CommandDispatcher dispatcher;
    private final AttendanceRoutes routes;
    private final Clock clock;

    AttendanceController(CommandDispatcher dispatcher, AttendanceRoutes routes, Clock clock) {
        this.dispatcher = dispatcher;
        this.routes = routes;
        this.clock = clock;
    }

    @Put("/{id}")
    CommandReceipt update(@PathVariable String id, @Valid @Body Change b, Actor actor) {
        String slotId = routes.slotOf(id);
        CommandReceipt receipt = dispatcher.send(new UpdateAttendance(slotId, id, b.status(), b.remark(), actor.userId(),
                SessionController.operator(actor), clock.instant()), actor);
        return new CommandReceipt(id, receipt.position());
    }

    @Introspected
    record Change(@NotNull AttendanceStatus status, @Nullable @Size(max = 1000) String remark) {
    }
}
