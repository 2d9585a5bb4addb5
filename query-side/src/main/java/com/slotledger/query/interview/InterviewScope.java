package com.slotledger.query.interview;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.Role;

/**
 * What a reader may see, as SQL filters (null = no limit): ADMIN everything; RECRUITER their company; INTERVIEWER
 * their own slots and the bookings in them; CANDIDATE their own bookings, and open slots of companies that
 * interview them. The broadest role an actor holds wins.
 */
public record InterviewScope(String companyId, String interviewerId, String candidateId) {

    /**
     * Matches no company (longer than any company id column holds): a recruiter without a company sees nothing
     * rather than everything.
     */
    static final String NO_COMPANY = "no company: " + "-".repeat(64);

    public static InterviewScope of(Actor actor) {
        if (actor.has(Role.ADMIN)) {
            return new InterviewScope(null, null, null);
        }
        if (actor.has(Role.RECRUITER)) {
            return new InterviewScope(actor.companyId() == null ? NO_COMPANY : actor.companyId(), null, null);
        }
        if (actor.has(Role.INTERVIEWER)) {
            return new InterviewScope(null, actor.userId(), null);
        }
        return new InterviewScope(null, null, actor.userId());
    }

    public boolean candidate() {
        return candidateId != null;
    }
}
