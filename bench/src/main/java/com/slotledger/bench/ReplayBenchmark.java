package com.slotledger.bench;

import com.slotledger.query.entitlement.CandidateProjection;
import com.slotledger.query.shared.ProjectionStatus;
import com.slotledger.query.shared.Projections;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * (c) A replay of the entitlement projection through the app's own admin operation, timed until every segment has
 * passed the head of the store and left replay mode.
 */
final class ReplayBenchmark {

    private static final String PROJECTION = CandidateProjection.NAME;
    private static final Duration LIMIT = Duration.ofMinutes(3);

    /** With the JVM's CPU time, which other work on the machine distorts far less than the wall clock. */
    record Replayed(long events, double seconds, double cpuSeconds, ProjectionStatus status, boolean finished) {
        double perSecond() {
            return events / seconds;
        }
    }

    private final Configuration axon;
    private final Projections projections;
    private final EventStoreFiller filler;
    private final Database database;

    ReplayBenchmark(Configuration axon, Projections projections, Database database) {
        this.axon = axon;
        this.projections = projections;
        this.database = database;
        this.filler = new EventStoreFiller(database, axon.eventSerializer());
    }

    /** The projection is stopped first, so it does not spend the fill's CPU following the new events live. */
    EventStoreFiller.Filled fill(long target) throws Exception {
        axon.eventProcessingConfiguration().eventProcessor(PROJECTION, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + PROJECTION))
                .shutdownAsync().get(1, TimeUnit.MINUTES);
        return filler.fillTo(target);
    }

    /**
     * A first replay, not timed, as the command runs have their warm-up: without it a 200k-event replay spends
     * about two fifths of its CPU in the JIT compiler rather than in replaying.
     */
    Replayed warmUp() throws Exception {
        return replay();
    }

    Replayed replay() throws Exception {
        long events = database.number("SELECT count(*) FROM domainevententry");
        long started = System.nanoTime();
        long cpuStarted = cpuNanos();
        projections.replay(PROJECTION);
        long deadline = started + LIMIT.toNanos();
        ProjectionStatus status = status();
        while (!done(status) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = status();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (cpuNanos() - cpuStarted) / 1e9;
        boolean finished = done(status);
        // an unfinished replay reports the events it got through, not the ones it was given
        return new Replayed(finished ? events : Math.max(0, status.position()), seconds, cpuSeconds, status, finished);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private ProjectionStatus status() {
        return projections.find(PROJECTION).orElseThrow();
    }

    private static boolean done(ProjectionStatus status) {
        return !status.replaying() && status.position() >= status.head();
    }
}
