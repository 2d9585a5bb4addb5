package com.slotledger.recognition.enrolment;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A student's face photos. Permissions (RecognitionPermission): FACE_ENROL for upload and delete, FACE_READ for the
 * list, FACE_PHOTO_READ for an image.
 */
@Controller("/api/v1/students/{studentId}/faces")
@ExecuteOn(TaskExecutors.BLOCKING)
class FaceController {

    private final FaceEnrolment enrolment;
    private final FaceGallery gallery;

    FaceController(FaceEnrolment enrolment, FaceGallery gallery) {
        this.enrolment = enrolment;
        this.gallery = gallery;
    }

    /** Multipart with one file part {@code photo}: a JPEG or PNG showing the student's face alone. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({"ADMIN", "DATA_OPERATOR"})
    HttpResponse<FaceEnrolment.Enrolled> enrol(@PathVariable String studentId, @Part("photo") CompletedFileUpload photo,
                                               Actor actor) {
        return HttpResponse.created(enrolment.enrol(studentId, bytes(photo), actor));
    }

    @Get
    @Secured({"ADMIN", "DATA_OPERATOR", "AUDITOR"})
    List<FaceGallery.EnrolledPhoto> list(@PathVariable String studentId) {
        return gallery.photos(studentId);
    }

    @Get("/{sha256}")
    @Secured({"ADMIN", "DATA_OPERATOR", "RECOGNITION"})
    HttpResponse<byte[]> photo(@PathVariable String studentId, @PathVariable String sha256) {
        FaceGallery.Photo photo = gallery.photo(studentId, sha256).orElseThrow(() -> new DomainRejection(
                ErrorCode.FACE_NOT_FOUND, "No enrolled photo " + sha256 + " for student " + studentId + "."));
        return HttpResponse.ok(photo.content()).contentType(photo.mediaType());
    }

    /** Removes every photo of the student and the model's data for them; the events keep only the hashes. */
    @Delete
    @Secured({"ADMIN", "DATA_OPERATOR"})
    FaceEnrolment.Removed remove(@PathVariable String studentId, Actor actor) {
        return enrolment.remove(studentId, actor);
    }

    private static byte[] bytes(CompletedFileUpload upload) {
        try {
            return upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded photo failed", e);
        }
    }
}
