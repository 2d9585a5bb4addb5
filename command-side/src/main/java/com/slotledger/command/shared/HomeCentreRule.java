package com.slotledger.command.shared;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;

/**
 * Rule "only the home centre writes": an aggregate imported from another centre is read-only here, so two centres
 * never append to one stream and bundles never conflict.
 */
public final class HomeCentreRule {

    private HomeCentreRule() {
    }

    public static void require(String homeCentre, String atCentre, String what) {
        if (!homeCentre.equals(atCentre)) {
            throw new DomainRejection(ErrorCode.FOREIGN_AGGREGATE, "The " + what + " belongs to centre " + homeCentre
                    + "; only that centre may change it (this node is centre " + atCentre + ").");
        }
    }
}
