package com.slotledger.command.centre;

import com.slotledger.api.centre.CentreCommands.RegisterCentre;
import com.slotledger.api.centre.CentreEvents.CentreRegistered;
import com.slotledger.api.shared.Revision;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An examination centre (code, name, zone). Registered once; the node that registers it is its home. */
@Revision("1")
public class Centre {

    @AggregateIdentifier
    private String centreId;

    protected Centre() {
    }

    Centre(RegisterCentre command) {
        apply(new CentreRegistered(command.centreId(), command.code(), command.name(), command.zone(),
                command.atCentre(), command.by(), command.at()));
    }

    @EventSourcingHandler
    void on(CentreRegistered event) {
        centreId = event.centreId();
    }
}
