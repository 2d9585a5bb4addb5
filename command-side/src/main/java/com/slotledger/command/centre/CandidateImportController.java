package com.slotledger.command.centre;

import com.slotledger.api.shared.Actor;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

/** Bulk import of candidates from an XLSX or CSV body (raw bytes); the answer reports every row. */
@Controller("/api/v1/candidates/bulk-import")
@ExecuteOn(TaskExecutors.BLOCKING)
class CandidateImportController {

    private final CandidateImport candidateImport;

    CandidateImportController(CandidateImport candidateImport) {
        this.candidateImport = candidateImport;
    }

    @Post
    @Consumes(MediaType.ALL)
    @Secured({"ADMIN", "DATA_OPERATOR"})
    CandidateImport.Report importCandidates(@Body byte[] file, Actor actor) {
        return candidateImport.run(file, actor);
    }
}
