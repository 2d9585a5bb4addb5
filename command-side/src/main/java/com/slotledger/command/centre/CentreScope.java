package com.slotledger.command.centre;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.shared.HomeCentres;
import com.slotledger.command.shared.NodeCentre;
import jakarta.inject.Singleton;

/**
 * Data isolation on the command side: centre staff create only at their own centre's node and change only their
 * centre's records. Whether this node may write a record at all is the aggregate's home-centre rule.
 */
@Singleton
class CentreScope {

    private final HomeCentres homes;
    private final NodeCentre node;

    CentreScope(HomeCentres homes, NodeCentre node) {
        this.homes = homes;
        this.node = node;
    }

    /** The centre new records get here: this node's, which the actor must be allowed to act for. */
    String forCreation(Actor actor) {
        if (!actor.mayAccessCentre(node.id())) {
            throw new DomainRejection(ErrorCode.OUT_OF_SCOPE, "You act for centre " + actor.centreId()
                    + "; this node is centre " + node.id() + ".");
        }
        return node.id();
    }

    /** Rule "results belong to the exam's centre": only the exam's home opens results for it. */
    void requireLocal(String aggregateId, ErrorCode notFound, Actor actor) {
        forChange(aggregateId, notFound, actor);
        String home = homes.of(aggregateId).orElseThrow();
        if (!home.equals(node.id())) {
            throw new DomainRejection(ErrorCode.FOREIGN_AGGREGATE, "The exam belongs to centre " + home
                    + "; its results are opened there.");
        }
    }

    /** Checks the caller may touch an existing record; outside their scope it does not exist for them. */
    String forChange(String aggregateId, ErrorCode notFound, Actor actor) {
        String home = homes.of(aggregateId).orElseThrow(() -> new DomainRejection(notFound, "No record " + aggregateId + "."));
        if (!actor.mayAccessCentre(home)) {
            throw new DomainRejection(notFound, "No record " + aggregateId + ".");
        }
        return node.id();
    }
}
