package com.slotledger.app.axon;

import org.axonframework.common.Registration;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.UnknownSerializedType;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The event store as one projection sees it: only the events it handles, plus now and then one it does not, so its
 * position keeps moving when nothing concerns it.
 * <p>
 * Why: every projection's processor reads every event, and for each one checks its handlers, queues it per segment
 * and wakes a worker, mostly to find there is nothing to do. With a dozen projections that was most of the CPU a
 * command costs. Leaving events out is safe: every event carries the store's gap-aware position, which covers all
 * the events read before it, so the next one a projection sees moves its token past the ones it was not shown.
 * <p>
 * The payload types found not handled are also left out when the store is read for this projection: their rows come
 * without payload and metadata ({@link PostgresStorageEngine#leaveOut}), which nothing here ever reads.
 */
final class RelevantEvents implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** How often an event the projection does not handle is let through anyway, to carry its position forward. */
    static final Duration PASS_THROUGH_EVERY = Duration.ofMillis(200);
    /** A coordinator whose looks have found nothing for this long is woken by this node's commits. */
    static final Duration IDLE_AFTER = Duration.ofMillis(100);
    /** How long a coordinator told of a commit here waits for the store's reader to fetch it. */
    static final int COMMIT_GRACE_MILLIS = 20;

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final Supplier<ClassValue<Boolean>> handled;
    private final CommitSignal commits;

    /** {@code handled} is asked when a stream opens: the processor's handlers exist only once it is built. */
    RelevantEvents(StreamableMessageSource<TrackedEventMessage<?>> store, Supplier<ClassValue<Boolean>> handled,
                   CommitSignal commits) {
        this.store = store;
        this.handled = handled;
        this.commits = commits;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Filtered(store.openStream(trackingToken), handled.get(), commits);
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    /** The store's stream minus the events nobody here handles; a single thread (the coordinator) reads it. */
    private static final class Filtered implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private final ClassValue<Boolean> handled;
        private TrackedEventMessage<?> next;
        private TrackedEventMessage<?> leftOut;
        private long lastPassedThrough = System.nanoTime();
        private final Set<Class<?>> notHandled = new HashSet<>();
        private String[] notHandledNames = new String[0];
        private final CommitSignal commits;
        private Registration wakeUp;
        /** Set when a commit here woke this coordinator, until it has waited once for those events. */
        private volatile boolean committed;
        /** Since when the looks have found nothing (System.nanoTime), or 0 while they find events. */
        private volatile long waitingSince;

        Filtered(BlockingStream<TrackedEventMessage<?>> events, ClassValue<Boolean> handled, CommitSignal commits) {
            this.events = events;
            this.handled = handled;
            this.commits = commits;
        }

        /**
         * Moves to the next event to show, true if there is one; it waits only briefly, and only when a commit here
         * woke this coordinator. Where the store has nothing more for now, the last event left out is shown, so a
         * quiet projection's position reaches the head.
         */
        private boolean advance() {
            String[] previous = PostgresStorageEngine.leaveOut(notHandledNames);
            try {
                boolean found = advanceReading();
                if (found) {
                    waitingSince = 0;
                } else if (waitingSince == 0) {
                    waitingSince = System.nanoTime();
                }
                return found;
            } finally {
                PostgresStorageEngine.leaveOut(previous);
            }
        }

        private boolean advanceReading() {
            while (next == null && (events.hasNextAvailable() || committedMeanwhile())) {
                TrackedEventMessage<?> event = take();
                if (show(event)) {
                    next = event;
                    leftOut = null;
                } else {
                    leftOut = event;
                }
            }
            if (next == null && leftOut != null) {
                next = leftOut;
                leftOut = null;
            }
            return next != null;
        }

        private boolean show(TrackedEventMessage<?> event) {
            long now = System.nanoTime();
            Class<?> type = event.getPayloadType();
            boolean handles = handled.get(type);
            if (!handles && type != UnknownSerializedType.class && notHandled.add(type)) {
                notHandledNames = Arrays.copyOf(notHandledNames, notHandledNames.length + 1);
                notHandledNames[notHandledNames.length - 1] = type.getName();
            }
            if (handles || now - lastPassedThrough >= PASS_THROUGH_EVERY.toNanos()) {
                lastPassedThrough = now;
                return true;
            }
            return false;
        }

        private TrackedEventMessage<?> take() {
            try {
                return events.nextAvailable();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the event store", e);
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return advance() ? Optional.of(next) : Optional.empty();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (!advance()) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !waitForEvents((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)))) {
                    return advance();
                }
            }
            return true;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!advance()) {
                waitForEvents(100);
            }
            TrackedEventMessage<?> event = next;
            next = null;
            return event;
        }

        /**
         * After a commit on this node woke this idle coordinator, waits briefly for the events: the store's shared
         * reader thread fetches them after the commit too, and a stream that follows it sees them only once it has.
         * Under load nobody is woken, so nobody waits here: the coordinator takes what the reader has fetched.
         */
        private boolean committedMeanwhile() {
            if (!committed) {
                return false;
            }
            committed = false;
            try {
                return events.hasNextAvailable(COMMIT_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** Waiting may read the store too (a private stream fetches its next batch). */
        private boolean waitForEvents(int millis) throws InterruptedException {
            String[] previous = PostgresStorageEngine.leaveOut(notHandledNames);
            try {
                return events.hasNextAvailable(millis, TimeUnit.MILLISECONDS);
            } finally {
                PostgresStorageEngine.leaveOut(previous);
            }
        }

        /** Called back when this node commits events, besides whatever the store's own stream offers. */
        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            events.setOnAvailableCallback(callback);
            if (wakeUp != null) {
                wakeUp.cancel();
            }
            // only a coordinator idle for a while is woken: under load it looks again by itself soon enough, and
            // waking it on every commit (or after 10 ms idle) made it read the store in smaller batches, which cost
            // the benchmark's commands about a third of their throughput
            wakeUp = commits.onCommit(() -> {
                long since = waitingSince;
                if (since != 0 && System.nanoTime() - since >= IDLE_AFTER.toNanos()) {
                    committed = true;
                    callback.run();
                }
            });
            return true;
        }

        @Override
        public void close() {
            if (wakeUp != null) {
                wakeUp.cancel();
            }
            events.close();
        }
    }
}
