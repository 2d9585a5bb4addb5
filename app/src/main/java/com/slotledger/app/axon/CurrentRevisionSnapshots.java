package com.slotledger.app.axon;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedType;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A snapshot counts only if the aggregate class as it is now (its {@code @Revision}) wrote it; an older one is
 * skipped and the aggregate rebuilt from its events. Without this, a snapshot of an earlier shape would load
 * quietly into the new one (Jackson ignores the fields it no longer knows) and the aggregate would lose state.
 * Axon's own revision filter reads Axon's annotation, not ours, and is wired only into its default engines.
 */
final class CurrentRevisionSnapshots implements SnapshotFilter {

    private static final String UNKNOWN_CLASS = "\u0000";

    private final RevisionResolver revisions;
    private final Map<String, String> current = new ConcurrentHashMap<>();

    CurrentRevisionSnapshots(RevisionResolver revisions) {
        this.revisions = revisions;
    }

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        SerializedType type = snapshot.getPayload().getType();
        String revision = current.computeIfAbsent(type.getName(), this::revisionOf);
        return !UNKNOWN_CLASS.equals(revision) && Objects.equals(revision.isEmpty() ? null : revision, type.getRevision());
    }

    private String revisionOf(String className) {
        try {
            String revision = revisions.revisionOf(Class.forName(className, false, getClass().getClassLoader()));
            return revision == null ? "" : revision;
        } catch (ClassNotFoundException e) {
            return UNKNOWN_CLASS;
        }
    }
}
