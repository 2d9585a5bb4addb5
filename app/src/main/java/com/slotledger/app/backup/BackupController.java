package com.slotledger.app.backup;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * The operator CLI's backup over HTTP, for ADMIN: take one while the service runs, or verify one. Restoring needs
 * a fresh database and is done with the CLI ({@code restore --input-file}).
 */
@Controller("/api/v1/admin/backup")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class BackupController {

    private final DatabaseBackup backup;
    private final BackupArchive archive;

    BackupController(DatabaseBackup backup, BackupArchive archive) {
        this.backup = backup;
        this.archive = archive;
    }

    @Get
    HttpResponse<byte[]> take() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupArchive.Manifest manifest = backup.backup(out);
        return HttpResponse.ok(out.toByteArray()).contentType("application/zip").header("Content-Disposition",
                "attachment; filename=\"slotledger-" + manifest.node() + "-" + manifest.head() + ".zip\"");
    }

    @Post("/verify")
    @Consumes(MediaType.ALL)
    BackupArchive.Manifest verify(@Body byte[] archiveBytes) {
        return archive.read(new ByteArrayInputStream(archiveBytes)).manifest();
    }
}
