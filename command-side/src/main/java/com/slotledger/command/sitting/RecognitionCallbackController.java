package com.slotledger.command.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.AttendanceCommands.Evidence;
import com.slotledger.api.sitting.AttendanceCommands.RecognitionDetected;
import com.slotledger.api.sitting.AttendanceKind;
import com.slotledger.api.sitting.DetectionRejectionReason;
import com.slotledger.api.sitting.SessionMode;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.EventPositions;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The recognition service's callback (permission RECOGNITION_CALLBACK: role RECOGNITION). Every recognition
 * becomes one RecognitionDetected command; the slot records it as accepted or as rejected with a reason, and the
 * answer lists each outcome. Evidence is checked for the whole batch first, so a malformed one changes nothing.
 */
@Controller("/api/v1/recognition-callback")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("RECOGNITION")
class RecognitionCallbackController {

    private final CommandDispatcher dispatcher;
    private final EventPositions positions;
    private final Clock clock;

    RecognitionCallbackController(CommandDispatcher dispatcher, EventPositions positions, Clock clock) {
        this.dispatcher = dispatcher;
        this.positions = positions;
        this.clock = clock;
    }

    @Post
    Report receive(@Valid @Body Callback b, Actor actor) {
        Instant now = clock.instant();
        List<RecognitionDetected> commands = new ArrayList<>();
        for (int i = 0; i < b.recognitions().size(); i++) {
            Recognition r = b.recognitions().get(i);
            commands.add(new RecognitionDetected(b.slotId(), r.studentUserId(), r.confidence(),
                    r.capturedAt() == null ? now : r.capturedAt(), b.mode(), b.callbackType(), r.frameHash(),
                    evidence(i, r.evidence()), actor.userId(), now));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            DetectionRejectionReason reason = dispatcher.sendForResult(commands.get(i), actor);
            outcomes.add(new Outcome(i, commands.get(i).studentId(), reason == null, reason));
        }
        int accepted = (int) outcomes.stream().filter(Outcome::accepted).count();
        return new Report(b.slotId(), accepted, outcomes.size() - accepted, positions.lastOf(b.slotId()), outcomes);
    }

    private static Evidence evidence(int index, @Nullable EvidenceBody body) {
        if (body == null) {
            return null;
        }
        byte[] bytes = null;
        if (body.imageBase64() != null) {
            try {
                bytes = Base64.getDecoder().decode(body.imageBase64());
            } catch (IllegalArgumentException e) {
                throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "recognitions[" + index + "].evidence.imageBase64: not Base64.");
            }
        }
        try {
            return EvidenceStore.checked(new Evidence(bytes, body.sha256(), body.mediaType()));
        } catch (DomainRejection e) {
            throw new DomainRejection(e.code(), "recognitions[" + index + "]: " + e.detail());
        }
    }

    @Introspected
    record Callback(@NotNull AttendanceKind callbackType, @NotBlank @Size(max = 64) String slotId,
                    @Nullable SessionMode mode, @NotEmpty @Size(max = 200) List<@Valid @NotNull Recognition> recognitions) {
    }

    @Introspected
    record Recognition(@NotBlank @Size(max = 64) String studentUserId,
                       @NotNull @DecimalMin("0.0") @DecimalMax("1.0") Double confidence, @Nullable Instant capturedAt,
                       @Nullable @Size(max = 128) String frameHash, @Nullable @Valid EvidenceBody evidence) {
    }

    @Introspected
    record EvidenceBody(@Nullable String imageBase64, @Nullable @Size(max = 64) String sha256,
                        @Nullable @Size(max = 100) String mediaType) {
    }

    @Introspected
    record Outcome(int index, String studentUserId, boolean accepted, @Nullable DetectionRejectionReason reason) {
    }

    @Introspected
    record Report(String slotId, int accepted, int rejected, long position, List<Outcome> outcomes) {
    }
}
