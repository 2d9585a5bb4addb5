package com.slotledger.command.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.ReferenceCommands.DefineRoom;
import com.slotledger.api.sitting.ReferenceCommands.DefineSemester;
import com.slotledger.api.sitting.ReferenceCommands.DefineStaffMember;
import com.slotledger.api.sitting.ReferenceCommands.DefineSubject;
import com.slotledger.api.sitting.ReferenceCommands.EnrolStudent;
import com.slotledger.api.sitting.ReferenceCommands.RegisterStudent;
import com.slotledger.api.sitting.ReferenceCommands.RetireReference;
import com.slotledger.api.sitting.ReferenceCommands.ReviseRoom;
import com.slotledger.api.sitting.ReferenceCommands.ReviseSemester;
import com.slotledger.api.sitting.ReferenceCommands.ReviseStaffMember;
import com.slotledger.api.sitting.ReferenceCommands.ReviseStudent;
import com.slotledger.api.sitting.ReferenceCommands.ReviseSubject;
import com.slotledger.api.sitting.ReferenceKind;
import com.slotledger.api.sitting.StaffKind;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.CommandReceipt;
import com.slotledger.command.shared.Ids;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.LocalDate;

/** Reference records of the sitting feature. Permission REFERENCE_MANAGE: ADMIN, DATA_OPERATOR. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR"})
class ReferenceController {

    private final CommandDispatcher dispatcher;
    private final Clock clock;

    ReferenceController(CommandDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Post("/semesters")
    HttpResponse<CommandReceipt> defineSemester(@Valid @Body SemesterBody b, Actor actor) {
        b.requireOrder();
        return created(new DefineSemester(Ids.newId(), b.code().strip(), b.startDate(), b.endDate(), actor.userId(), clock.instant()), actor);
    }

    @Put("/semesters/{id}")
    CommandReceipt reviseSemester(@PathVariable String id, @Valid @Body SemesterBody b, Actor actor) {
        b.requireOrder();
        return dispatcher.send(new ReviseSemester(id, b.code().strip(), b.startDate(), b.endDate(), actor.userId(), clock.instant()), actor);
    }

    @Post("/rooms")
    HttpResponse<CommandReceipt> defineRoom(@Valid @Body RoomBody b, Actor actor) {
        return created(new DefineRoom(Ids.newId(), b.name().strip(), b.capacity(), actor.userId(), clock.instant()), actor);
    }

    @Put("/rooms/{id}")
    CommandReceipt reviseRoom(@PathVariable String id, @Valid @Body RoomBody b, Actor actor) {
        return dispatcher.send(new ReviseRoom(id, b.name().strip(), b.capacity(), actor.userId(), clock.instant()), actor);
    }

    @Post("/subjects")
    HttpResponse<CommandReceipt> defineSubject(@Valid @Body SubjectBody b, Actor actor) {
        return created(new DefineSubject(Ids.newId(), b.code().strip(), b.name().strip(), b.active() == null || b.active(),
                actor.userId(), clock.instant()), actor);
    }

    @Put("/subjects/{id}")
    CommandReceipt reviseSubject(@PathVariable String id, @Valid @Body SubjectBody b, Actor actor) {
        return dispatcher.send(new ReviseSubject(id, b.code().strip(), b.name().strip(), b.active() == null || b.active(),
                actor.userId(), clock.instant()), actor);
    }

    /** A student is a user account (its id) with a roll number. */
    @Post("/students")
    HttpResponse<CommandReceipt> registerStudent(@Valid @Body StudentBody b, Actor actor) {
        if (b.userId() == null) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "userId: the student's user account is required.");
        }
        CommandReceipt receipt = dispatcher.send(new RegisterStudent(b.userId(), b.rollNumber().strip(), b.name().strip(),
                actor.userId(), clock.instant()), actor);
        return HttpResponse.created(new CommandReceipt(b.userId(), receipt.position()));
    }

    @Put("/students/{id}")
    CommandReceipt reviseStudent(@PathVariable String id, @Valid @Body StudentBody b, Actor actor) {
        return publicReceipt(id, dispatcher.send(new ReviseStudent(id, b.rollNumber().strip(), b.name().strip(), actor.userId(),
                clock.instant()), actor));
    }

    @Post("/enrolments")
    HttpResponse<CommandReceipt> enrol(@Valid @Body EnrolmentBody b, Actor actor) {
        return created(new EnrolStudent(Ids.newId(), b.studentId(), b.subjectId(), b.semesterId(), actor.userId(), clock.instant()), actor);
    }

    /** A staff member is a user account (its id) acting as supervisor or lecturer. */
    @Post("/staff")
    HttpResponse<CommandReceipt> defineStaff(@Valid @Body StaffBody b, Actor actor) {
        if (b.userId() == null) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "userId: the staff member's user account is required.");
        }
        CommandReceipt receipt = dispatcher.send(new DefineStaffMember(b.userId(), b.name().strip(), b.kind(), actor.userId(),
                clock.instant()), actor);
        return HttpResponse.created(new CommandReceipt(b.userId(), receipt.position()));
    }

    @Put("/staff/{id}")
    CommandReceipt reviseStaff(@PathVariable String id, @Valid @Body StaffBody b, Actor actor) {
        return publicReceipt(id, dispatcher.send(new ReviseStaffMember(id, b.name().strip(), b.kind(), actor.userId(),
                clock.instant()), actor));
    }

    @Delete("/{collection:semesters|rooms|subjects|students|enrolments|staff}/{id}")
    CommandReceipt retire(@PathVariable String collection, @PathVariable String id, Actor actor) {
        ReferenceKind kind = switch (collection) {
            case "semesters" -> ReferenceKind.SEMESTER;
            case "rooms" -> ReferenceKind.ROOM;
            case "subjects" -> ReferenceKind.SUBJECT;
            case "students" -> ReferenceKind.STUDENT;
            case "enrolments" -> ReferenceKind.ENROLMENT;
            default -> ReferenceKind.STAFF;
        };
        return publicReceipt(id, dispatcher.send(new RetireReference(kind, id, actor.userId(), clock.instant()), actor));
    }

    /** Students and staff are known by their account id, not by their record's stream id. */
    private static CommandReceipt publicReceipt(String id, CommandReceipt receipt) {
        return new CommandReceipt(id, receipt.position());
    }

    private HttpResponse<CommandReceipt> created(com.slotledger.api.shared.TargetedCommand command, Actor actor) {
        return HttpResponse.created(dispatcher.send(command, actor));
    }

    @Introspected
    record SemesterBody(@NotBlank @Size(max = 32) String code, @NotNull LocalDate startDate, @NotNull LocalDate endDate) {
        void requireOrder() {
            if (endDate.isBefore(startDate)) {
                throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "endDate: a semester ends on or after its start.");
            }
        }
    }

    @Introspected
    record RoomBody(@NotBlank @Size(max = 64) String name, @Min(1) @Max(10000) int capacity) {
    }

    @Introspected
    record SubjectBody(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String name,
                       @Nullable Boolean active) {
    }

    @Introspected
    record StudentBody(@Nullable @Size(max = 64) String userId, @NotBlank @Size(max = 64) String rollNumber,
                       @NotBlank @Size(max = 200) String name) {
    }

    @Introspected
    record EnrolmentBody(@NotBlank @Size(max = 64) String studentId, @NotBlank @Size(max = 64) String subjectId,
                         @NotBlank @Size(max = 64) String semesterId) {
    }

    @Introspected
    record StaffBody(@Nullable @Size(max = 64) String userId, @NotBlank @Size(max = 200) String name,
                     @NotNull StaffKind kind) {
    }
}
