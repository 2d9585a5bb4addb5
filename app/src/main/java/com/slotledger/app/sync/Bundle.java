package com.slotledger.app.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One file of events from one centre, as exported: the manifest (signed), the events with their original
 * identifiers, metadata and timestamps (each with its SHA-256, chained in order), and the files they refer to.
 */
public record Bundle(Manifest manifest, List<Event> events, List<File> files, String signature) {

    public static final String FORMAT = "slotledger-bundle/1";

    /**
     * {@code afterPosition} and {@code toPosition} are positions in the source node's event store; {@code scope} is
     * {@code all} or one aggregate type (results for sync_results). The chain hash covers every event in order.
     */
    public record Manifest(String format, String sourceCentre, String sourceNode, String scope, long afterPosition,
                           long toPosition, int count, Map<String, String> schemaRevisions, String chainHash,
                           List<String> fileHashes, Instant exportedAt) {
    }

    public record Event(long position, String aggregateId, String aggregateType, String homeCentre,
                        long sequenceNumber, String type, String eventId, String timestamp, String payloadType,
                        String payloadRevision, String payload, String metaData, String sha256) {
    }

    public record File(String sha256, String mediaType, String content) {
    }
}
