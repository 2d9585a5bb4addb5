package com.slotledger.query.entitlement;

import com.slotledger.api.entitlement.SlotStatus;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Role;
import com.slotledger.query.shared.MinPosition;
import com.slotledger.query.shared.ReadYourWrites;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.List;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class CandidateQueryController {

    private final CandidateViewRepository views;
    private final ReadYourWrites readYourWrites;

    CandidateQueryController(CandidateViewRepository views, ReadYourWrites readYourWrites) {
        this.views = views;
        this.readYourWrites = readYourWrites;
    }

    @Get("/candidates")
    @Secured({"ADMIN", "DATA_OPERATOR", "AUDITOR"})
    List<CandidateView> list(@Nullable @QueryValue String trade, @Nullable @QueryValue SlotStatus slotStatus,
                             @Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header,
                             Actor actor) {
        readYourWrites.await(CandidateProjection.NAME, MinPosition.of(minPosition, header));
        return views.search(trade, slotStatus, actor.centreFilter());
    }

    /** A candidate sees only their own record; staff see the candidates of their centre. */
    @Get("/candidates/{id}")
    @Secured({"ADMIN", "DATA_OPERATOR", "AUDITOR", "CANDIDATE"})
    CandidateView get(@PathVariable String id, @Nullable @QueryValue Long minPosition,
                      @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        readYourWrites.await(CandidateProjection.NAME, MinPosition.of(minPosition, header));
        CandidateView view = views.findById(id).orElseThrow(() -> notFound(id));
        boolean staff = actor.has(Role.ADMIN) || actor.has(Role.DATA_OPERATOR) || actor.has(Role.AUDITOR);
        boolean own = actor.userId().equals(view.userId());
        if (!own && !(staff && actor.mayAccessCentre(view.centreId()))) {
            throw notFound(id);
        }
        return view;
    }

    @Get("/exam-slots/status-report")
    @Secured({"ADMIN", "DATA_OPERATOR", "AUDITOR"})
    SlotStatusReport statusReport(@Nullable @QueryValue String trade, @Nullable @QueryValue Long minPosition,
                              @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        readYourWrites.await(CandidateProjection.NAME, MinPosition.of(minPosition, header));
        return SlotStatusReport.of(trade, views.search(trade, (SlotStatus) null, actor.centreFilter()));
    }

    /** Outside their scope a record does not exist for the caller: 404, so ids cannot be probed. */
    private static DomainRejection notFound(String id) {
        return new DomainRejection(ErrorCode.CANDIDATE_NOT_FOUND, "No candidate with id " + id + ".");
    }
}
