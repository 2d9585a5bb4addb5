package com.slotledger.command.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.ParticipantPolicy;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The seed's participant import: a multipart form with the CSV as part {@code file} and {@code mode}
 * (AddOnly | AddAndUpdate; a form part or a query parameter; AddOnly when absent). Permission ENROLLMENT_MANAGE.
 */
@Controller("/api/v1/exam-slot-participants/import")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR"})
class ParticipantImportController {

    private final ParticipantImport participantImport;

    ParticipantImportController(ParticipantImport participantImport) {
        this.participantImport = participantImport;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    ParticipantImport.Report importParticipants(@Part("file") CompletedFileUpload file, @Nullable @Part("mode") String mode,
                                                @Nullable @QueryValue("mode") String modeParameter, Actor actor) {
        ParticipantPolicy policy = policy(mode != null ? mode : modeParameter);
        try {
            return participantImport.run(file.getBytes(), policy, actor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParticipantPolicy policy(String mode) {
        if (mode == null) {
            return ParticipantPolicy.ADD_ONLY;
        }
        return switch (mode.strip().replace("_", "").toLowerCase(Locale.ROOT)) {
            case "addonly" -> ParticipantPolicy.ADD_ONLY;
            case "addandupdate" -> ParticipantPolicy.ADD_AND_UPDATE;
            default -> throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "mode: AddOnly or AddAndUpdate.");
        };
    }
}
