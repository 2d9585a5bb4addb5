package com.slotledger.query.audit;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.query.shared.ProjectionStatus;
import com.slotledger.query.shared.Projections;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.List;

@Controller("/api/v1/admin/projections")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProjectionAdminController {

    private final Projections projections;

    ProjectionAdminController(Projections projections) {
        this.projections = projections;
    }

    @Get
    @Secured({"ADMIN", "AUDITOR"})
    List<ProjectionStatus> list() {
        return projections.list();
    }

    /** Rebuilds one read model from the first event; answers at once, progress shows in the list. */
    @Post("/{name}/replay")
    @Secured("ADMIN")
    HttpResponse<ProjectionStatus> replay(@PathVariable String name) {
        projections.find(name).orElseThrow(() -> new DomainRejection(ErrorCode.PROJECTION_NOT_FOUND,
                "No projection named " + name + "."));
        projections.replay(name);
        return HttpResponse.accepted().body(projections.find(name).orElseThrow());
    }
}
