package com.slotledger.query.interview;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.Role;
import com.slotledger.query.interview.CompanyViews.CompanyView;
import com.slotledger.query.interview.CompanyViews.JobView;
import com.slotledger.query.shared.MinPosition;
import com.slotledger.query.shared.ReadYourWrites;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.List;

/**
 * Companies and jobs, each reader limited to what is theirs: ADMIN all; a RECRUITER or INTERVIEWER their own
 * company (none without one); a CANDIDATE the companies interviewing them. The broadest role an actor holds wins.
 */
@Controller("/api/v1/interviews")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "RECRUITER", "INTERVIEWER", "CANDIDATE"})
class CompanyQueryController {

    private final CompanyViewRepository views;
    private final ReadYourWrites readYourWrites;

    CompanyQueryController(CompanyViewRepository views, ReadYourWrites readYourWrites) {
        this.views = views;
        this.readYourWrites = readYourWrites;
    }

    @Get("/companies")
    List<CompanyView> companies(@Nullable @QueryValue Boolean active, @Nullable @QueryValue Long minPosition,
                                @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        readYourWrites.await(CompanyProjection.NAME, MinPosition.of(minPosition, header));
        return views.companies(active, companyScope(actor), candidateScope(actor));
    }

    @Get("/jobs")
    List<JobView> jobs(@Nullable @QueryValue String companyId, @Nullable @QueryValue Boolean active,
                       @Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header,
                       Actor actor) {
        readYourWrites.await(CompanyProjection.NAME, MinPosition.of(minPosition, header));
        return views.jobs(companyId, active, companyScope(actor), candidateScope(actor));
    }

    private static String companyScope(Actor actor) {
        if (actor.has(Role.ADMIN) || !(actor.has(Role.RECRUITER) || actor.has(Role.INTERVIEWER))) {
            return null;
        }
        return actor.companyId() == null ? InterviewScope.NO_COMPANY : actor.companyId();
    }

    private static String candidateScope(Actor actor) {
        boolean companyUser = actor.has(Role.ADMIN) || actor.has(Role.RECRUITER) || actor.has(Role.INTERVIEWER);
        return companyUser ? null : actor.userId();
    }
}
