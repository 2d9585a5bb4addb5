package com.slotledger.command.centre;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

/** Uploads as raw bytes: the content decides the type; the answer is the content address. */
@Controller("/api/v1/files")
@ExecuteOn(TaskExecutors.BLOCKING)
class FileController {

    private final FileStore files;

    FileController(FileStore files) {
        this.files = files;
    }

    @Post
    @Consumes(MediaType.ALL)
    @Secured({"ADMIN", "DATA_OPERATOR", "LECTURER"})
    HttpResponse<FileStore.StoredFile> upload(@Body byte[] content) {
        return HttpResponse.created(files.store(content));
    }

    @Get("/{hash}")
    @Secured({"ADMIN", "DATA_OPERATOR", "LECTURER", "AUDITOR"})
    HttpResponse<byte[]> download(@PathVariable String hash) {
        FileStore.StoredFile file = files.describe(hash).orElseThrow(this::notFound);
        return HttpResponse.ok(files.content(hash).orElseThrow(this::notFound)).contentType(file.mediaType());
    }

    private DomainRejection notFound() {
        return new DomainRejection(ErrorCode.FILE_NOT_FOUND, "No stored file with that hash.");
    }
}
