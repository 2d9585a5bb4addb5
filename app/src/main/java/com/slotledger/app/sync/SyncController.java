package com.slotledger.app.sync;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.List;

/** The operator CLI's sync commands over HTTP, for ADMIN: export a centre's bundle, import one, read the ledger. */
@Controller("/api/v1/sync")
@ExecuteOn(TaskExecutors.BLOCKING)
class SyncController {

    private final BundleExporter exporter;
    private final BundleImporter importer;
    private final BundleCodec codec;
    private final SyncLedger ledger;

    SyncController(BundleExporter exporter, BundleImporter importer, BundleCodec codec, SyncLedger ledger) {
        this.exporter = exporter;
        this.importer = importer;
        this.codec = codec;
        this.ledger = ledger;
    }

    /** {@code scope=result} is the seed's sync_results: only result events. */
    @Get("/export")
    @Secured("ADMIN")
    HttpResponse<byte[]> export(@Nullable @QueryValue String centre, @Nullable @QueryValue Long after,
                                @Nullable @QueryValue String scope) {
        String chosen = scope == null ? "all" : scope;
        if (!List.of("all", "candidate", "candidate-photo", "centre", "exam", "question", "result").contains(chosen) || (after != null && after < 0)
                || (centre != null && !centre.matches("[A-Za-z0-9_-]{1,64}"))) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED,
                    "Use centre=<id>, after>=0 and scope=all|candidate|candidate-photo|centre|exam|question|result.");
        }
        Bundle bundle = exporter.export(centre, after == null ? 0 : after, chosen);
        return HttpResponse.ok(codec.write(bundle)).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"bundle-" + bundle.manifest().sourceCentre()
                        + "-" + bundle.manifest().afterPosition() + "-" + bundle.manifest().toPosition() + ".json\"");
    }

    @Post("/import")
    @Consumes(MediaType.ALL)
    @Secured("ADMIN")
    BundleImporter.Outcome importBundle(@Body byte[] bundle) {
        return importer.importBundle(bundle);
    }

    @Get("/ledger")
    @Secured({"ADMIN", "AUDITOR"})
    List<SyncLedger.Entry> ledger() {
        return ledger.entries();
    }
}
