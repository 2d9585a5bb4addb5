package com.slotledger.command.centre;

import com.slotledger.api.centre.CentreCommands.AttachCandidatePhoto;
import com.slotledger.api.centre.CentreEvents.CandidatePhotoAttached;
import com.slotledger.api.shared.Revision;
import com.slotledger.command.shared.HomeCentreRule;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A candidate's photo, kept apart from the candidate's slot so the entitlement stream stays as it is; it belongs to
 * the centre that first took it.
 */
@Revision("1")
public class CandidatePhoto {

    @AggregateIdentifier
    private String photoId;
    private String homeCentre;

    protected CandidatePhoto() {
    }

    CandidatePhoto(AttachCandidatePhoto command) {
        apply(new CandidatePhotoAttached(command.candidateId(), command.atCentre(), command.fileHash(),
                command.mediaType(), command.by(), command.at()));
    }

    /** Called by {@link CentreCreations}, which routes the one command to creation or replacement. */
    void replace(AttachCandidatePhoto command) {
        HomeCentreRule.require(homeCentre, command.atCentre(), "candidate photo");
        apply(new CandidatePhotoAttached(command.candidateId(), homeCentre, command.fileHash(), command.mediaType(),
                command.by(), command.at()));
    }

    @EventSourcingHandler
    void on(CandidatePhotoAttached event) {
        photoId = AttachCandidatePhoto.photoId(event.candidateId());
        homeCentre = event.centreId();
    }
}
