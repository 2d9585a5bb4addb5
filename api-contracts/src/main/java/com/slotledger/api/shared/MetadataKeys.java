package com.slotledger.api.shared;

/** Keys of the metadata every event carries, so auditors can see who did what, when, and why. */
public final class MetadataKeys {
    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLES = "actorRoles";
    public static final String CENTRE_ID = "centreId";
    public static final String REQUEST_ID = "requestId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private MetadataKeys() {
    }
}
