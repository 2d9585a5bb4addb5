package com.slotledger.command.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.sitting.AttendanceCommands.StartSession;
import com.slotledger.api.sitting.AttendanceCommands.StopSession;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.api.sitting.SittingPermission;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.CommandReceipt;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.time.Clock;

/**
 * The seed's slot-session: the first recognition pass (start), its finalization (stop), and a later pass (rescan).
 * Permission SESSION_CONTROL: ADMIN, DATA_OPERATOR, and the slot's assigned supervisors (the slot checks).
 */
@Controller("/api/v1/slot-session/{slotId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR"})
class SessionController {

    private final CommandDispatcher dispatcher;
    private final Clock clock;

    SessionController(CommandDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Post("/start-exam")
    CommandReceipt start(@PathVariable String slotId, Actor actor) {
        return dispatcher.send(new StartSession(slotId, SessionMode.INITIAL, actor.userId(), operator(actor),
                clock.instant()), actor);
    }

    @Post("/rescan-exam")
    CommandReceipt rescan(@PathVariable String slotId, Actor actor) {
        return dispatcher.send(new StartSession(slotId, SessionMode.RESCAN, actor.userId(), operator(actor),
                clock.instant()), actor);
    }

    @Post("/stop-exam")
    CommandReceipt stop(@PathVariable String slotId, Actor actor) {
        return dispatcher.send(new StopSession(slotId, actor.userId(), operator(actor), clock.instant()), actor);
    }

    static boolean operator(Actor actor) {
        return SittingPermission.operator(actor.roles());
    }
}
