package com.slotledger.command.entitlement;

import com.slotledger.api.entitlement.EntitlementCommands.RegisterCandidate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Registers a candidate: claims the roll number (and the user account, if linked) in the lookup table, then
 * creates the aggregate, all in one transaction. A duplicate makes the database refuse and nothing is written.
 */
public class CandidateRegistration {

    private final Repository<Candidate> candidates;
    private final CandidateRegistry registry;

    public CandidateRegistration(Repository<Candidate> candidates, CandidateRegistry registry) {
        this.candidates = candidates;
        this.registry = registry;
    }

    @CommandHandler
    public String handle(RegisterCandidate command) throws Exception {
        registry.claim(command);
        candidates.newInstance(() -> new Candidate(command));
        return command.candidateId();
    }
}
