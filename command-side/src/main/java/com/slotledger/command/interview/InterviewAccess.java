package com.slotledger.command.interview;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Role;
import com.slotledger.command.identity.CredentialStore;
import com.slotledger.command.identity.CredentialStore.Credential;
import com.slotledger.command.interview.InterviewRegistry.BookingRef;
import com.slotledger.command.interview.InterviewRegistry.InterviewRef;
import com.slotledger.command.interview.InterviewRegistry.SlotRef;
import jakarta.inject.Singleton;

/**
 * Who may change what: ADMIN everything; RECRUITER their company (the token's companyId) and its jobs; INTERVIEWER
 * their own slots, bookings in them and availability; CANDIDATE their own interviews' bookings.
 */
@Singleton
public class InterviewAccess {

    private final InterviewRegistry registry;
    private final CompanyRegistry companies;
    private final CredentialStore users;

    public InterviewAccess(InterviewRegistry registry, CompanyRegistry companies, CredentialStore users) {
        this.registry = registry;
        this.companies = companies;
        this.users = users;
    }

    /** The company a new record goes to: the actor's own unless an ADMIN names one. */
    public String companyFor(String requested, Actor actor) {
        if (actor.has(Role.ADMIN)) {
            if (requested == null) {
                throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "companyId is required.");
            }
            return requested;
        }
        requireCompany(actor, requested == null ? actor.companyId() : requested);
        return actor.companyId();
    }

    /**
     * The interviewer of a new slot or pattern of the given company: an INTERVIEWER only ever acts for themself; a
     * named interviewer must be a user of that company (an ADMIN may also name one who belongs to no company).
     */
    public String interviewerFor(String requested, String companyId, Actor actor) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.RECRUITER)) {
            if (requested != null && !requested.equals(actor.userId())) {
                throw outOfScope();
            }
            return actor.userId();
        }
        if (requested == null) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "interviewerId is required.");
        }
        Credential interviewer = users.byUserId(requested).orElseThrow(() -> new DomainRejection(
                ErrorCode.USER_NOT_FOUND, "No user " + requested + " to interview."));
        if (companyId.equals(interviewer.companyId()) || (actor.has(Role.ADMIN) && interviewer.companyId() == null)) {
            return requested;
        }
        if (!actor.has(Role.ADMIN)) {
            throw outOfScope();
        }
        throw new DomainRejection(ErrorCode.INTERVIEW_COMPANY_MISMATCH,
                "Interviewer " + requested + " works for another company than " + companyId + ".");
    }

    public InterviewRef interviewToBook(String interviewId, Actor actor) {
        InterviewRef interview = registry.interview(interviewId).orElseThrow(() -> new DomainRejection(
                ErrorCode.INTERVIEW_NOT_FOUND, "No interview " + interviewId + "."));
        if (!actor.has(Role.ADMIN) && !(actor.has(Role.RECRUITER) && interview.companyId().equals(actor.companyId()))
                && !(actor.has(Role.CANDIDATE) && interview.candidateId().equals(actor.userId()))) {
            throw outOfScope();
        }
        return interview;
    }

    public SlotRef slot(String slotId, Actor actor) {
        SlotRef slot = registry.slot(slotId).orElseThrow(() -> new DomainRejection(ErrorCode.INTERVIEW_SLOT_NOT_FOUND,
                "No interview slot " + slotId + "."));
        if (!actor.has(Role.ADMIN) && !(actor.has(Role.RECRUITER) && slot.companyId().equals(actor.companyId()))
                && !(actor.has(Role.INTERVIEWER) && slot.interviewerId().equals(actor.userId()))
                && !actor.has(Role.CANDIDATE)) {
            throw outOfScope();
        }
        return slot;
    }

    /** A booking the actor may act on; {@code candidateMay} says whether its candidate may do this action. */
    public BookingRef booking(String scheduleId, Actor actor, boolean interviewerMay, boolean candidateMay) {
        BookingRef booking = registry.booking(scheduleId).orElseThrow(() -> new DomainRejection(
                ErrorCode.SCHEDULE_NOT_FOUND, "No booking " + scheduleId + "."));
        boolean allowed = actor.has(Role.ADMIN)
                || (actor.has(Role.RECRUITER) && booking.companyId().equals(actor.companyId()))
                || (interviewerMay && actor.has(Role.INTERVIEWER) && booking.interviewerId().equals(actor.userId()))
                || (candidateMay && actor.has(Role.CANDIDATE) && booking.candidateId().equals(actor.userId()));
        if (!allowed) {
            throw outOfScope();
        }
        return booking;
    }

    /** A job the actor may manage: any for ADMIN, else one of the actor's own company. */
    public void job(String jobId, Actor actor) {
        requireCompany(actor, companies.companyOfJob(jobId).orElseThrow(() -> CompanyRegistry.jobNotFound(jobId)));
    }

    /** A slot the actor may close: any for ADMIN, their company's for a RECRUITER, their own for an INTERVIEWER. */
    public SlotRef slotToClose(String slotId, Actor actor) {
        SlotRef slot = registry.slot(slotId).orElseThrow(() -> new DomainRejection(ErrorCode.INTERVIEW_SLOT_NOT_FOUND,
                "No interview slot " + slotId + "."));
        requireInterviewerOrCompany(actor, slot.interviewerId(), slot.companyId());
        return slot;
    }

    public void requireCompany(Actor actor, String companyId) {
        if (!actor.has(Role.ADMIN) && (actor.companyId() == null || !actor.companyId().equals(companyId))) {
            throw outOfScope();
        }
    }

    public void requireInterviewerOrCompany(Actor actor, String interviewerId, String companyId) {
        if (actor.has(Role.ADMIN) || (actor.has(Role.RECRUITER) && companyId.equals(actor.companyId()))
                || (actor.has(Role.INTERVIEWER) && interviewerId.equals(actor.userId()))) {
            return;
        }
        throw outOfScope();
    }

    private static DomainRejection outOfScope() {
        return new DomainRejection(ErrorCode.OUT_OF_SCOPE, "That record belongs to another company or person.");
    }
}
