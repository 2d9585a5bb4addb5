package com.slotledger.recognition.enrolment;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.List;

/**
 * The whole gallery by hash (GALLERY_READ: ADMIN, RECOGNITION), for a recognition process running apart from the
 * app: it trains on these photos, fetched through /students/{id}/faces/{sha256}.
 */
@Controller("/api/v1/recognition/gallery")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "RECOGNITION"})
class GalleryController {

    private final FaceGallery gallery;

    GalleryController(FaceGallery gallery) {
        this.gallery = gallery;
    }

    @Get
    List<FaceGallery.EnrolledPhoto> gallery() {
        return gallery.photos(null);
    }
}
