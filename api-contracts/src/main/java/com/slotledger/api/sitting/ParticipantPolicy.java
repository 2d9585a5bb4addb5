package com.slotledger.api.sitting;

/**
 * What adding an existing participant does. SINGLE (one request): an enrolled one is refused, a withdrawn one is
 * re-enrolled. The seed's import modes: ADD_ONLY never changes an existing participant; ADD_AND_UPDATE re-enrols
 * a withdrawn one. Neither import mode fails on an existing participant, so re-importing a file changes nothing.
 */
public enum ParticipantPolicy {
    SINGLE, ADD_ONLY, ADD_AND_UPDATE
}
