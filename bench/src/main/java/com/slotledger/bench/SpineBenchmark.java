package com.slotledger.bench;

import com.slotledger.app.database.DatabasePool;
import com.slotledger.bench.TimedLoad.Throughput;
import com.slotledger.query.shared.ProjectionStatus;
import com.slotledger.query.shared.Projections;
import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventProcessor;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The spine benchmark, in one run against one PostgreSQL database: (a) raw JDBC appends, (b) commands through the
 * application's Axon gateway and their ratio, (c) a replay of the entitlement projection. Not a test: it only
 * measures and prints. Options: see {@link BenchOptions}.
 */
public final class SpineBenchmark {

    private static final double RATIO_TARGET = 0.6;
    private static final double REPLAY_TARGET = 50_000;
    /** Below this many events a catch-up is mostly waiting: its rate and CPU per event would say little. */
    private static final long LONG_CATCH_UP = 50_000;

    private final BenchOptions options;
    private final Database database;
    private final List<String> summary = new ArrayList<>();

    private SpineBenchmark(BenchOptions options) {
        this.options = options;
        this.database = new Database(options);
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new SpineBenchmark(options).run();
    }

    private void run() throws Exception {
        report("database: " + options.jdbcUrl() + " as " + options.user() + " (" + database.describe() + ")");
        report(host());
        CpuMeter.watch(database);
        report("runs: %d s warm-up + %d s measured; %d candidates per command thread".formatted(
                options.warmUp().toSeconds(), options.measure().toSeconds(), options.candidatesPerThread()));
        try (ApplicationContext app = BenchApplication.start(options.jdbcUrl(), options.user(), options.password())) {
            if (options.load()) {
                load(app);
            }
            replay(app);
        }

        System.out.println();
        System.out.println("=== SlotLedger spine benchmark: summary ===");
        summary.forEach(System.out::println);
    }

    /**
     * (a) and (b), each after the same untimed JIT warm-up. (a) runs just before and just after each (b), and b/a
     * takes their mean: this host changes speed by up to 2x within minutes, which skews a ratio of two runs made
     * minutes apart. The app is idle during (a), its projections caught up.
     */
    private void load(ApplicationContext app) throws Exception {
        Projections projections = app.getBean(Projections.class);
        RawAppendBenchmark raw = new RawAppendBenchmark(database, options);
        raw.createTable();
        CommandBenchmark commands = new CommandBenchmark(app.getBean(CommandGateway.class), options);
        Throughput rawWarmUp = raw.warmUp(options.threads(), options.jitWarmUp());
        Throughput commandWarmUp = commands.warmUp(options.threads(), options.jitWarmUp());
        report("JIT warm-up, untimed, %d s each at %s: (a) %.0f ev/s, (b) %.0f cmd/s on average, cold start included"
                .formatted(options.jitWarmUp().toSeconds(), threads(options.threads()), rawWarmUp.perSecond(),
                        commandWarmUp.perSecond()));
        awaitCaughtUp(projections);

        List<Integer> threadCounts = options.singleThread() && options.threads() > 1
                ? List.of(1, options.threads()) : List.of(options.threads());
        double rawRate = 0;
        for (int threads : threadCounts) {
            Throughput before = raw.run(threads);
            Throughput throughput = commands.run(threads);
            String lag = lag(projections, "  projections at the end of (b)");
            Throughput after = raw.run(threads);
            rawRate = (before.perSecond() + after.perSecond()) / 2;
            report("raw appends, %s: %.0f ev/s (before (b) %.0f, after %.0f; CPU per event: %s)".formatted(
                    threads(threads), rawRate, before.perSecond(), after.perSecond(), after.cpu().describe()));
            report("commands, %s: %.0f cmd/s (CPU per command: %s)".formatted(threads(threads),
                    throughput.perSecond(), throughput.cpu().describe()));
            report("ratio b/a, %s: %.2f%s".formatted(threads(threads), throughput.perSecond() / rawRate,
                    threads == options.threads() ? " (target >= %.1f)".formatted(RATIO_TARGET) : ""));
            report(lag);
        }
        Throughput inTransactions = raw.runInTransactions(options.threads());
        report("  diagnostic, raw appends each in a transaction begun and committed in the same message, as a command's are when it wrote anything before its events, %s: %.0f ev/s (CPU per event: %s), %.2f of (a)"
                .formatted(threads(options.threads()), inTransactions.perSecond(), inTransactions.cpu().describe(),
                        inTransactions.perSecond() / rawRate));
        commandsWithoutProjections(app.getBean(Configuration.class), projections, commands, rawRate);
    }

    /**
     * Not the figure (b): the same load while every projection is stopped, as on a node that leaves projections to
     * another. It shows how much of a command's cost is the command and how much the projections that follow it.
     */
    private void commandsWithoutProjections(Configuration axon, Projections projections, CommandBenchmark commands,
                                            double rawRate) throws Exception {
        Collection<EventProcessor> processors = axon.eventProcessingConfiguration().eventProcessors().values();
        processors.forEach(EventProcessor::shutDown);
        try {
            Throughput throughput = commands.run(options.threads());
            report("  diagnostic, projections stopped: %.0f cmd/s (CPU per command: %s), ratio %.2f".formatted(
                    throughput.perSecond(), throughput.cpu().describe(),
                    throughput.perSecond() / rawRate));
        } finally {
            processors.forEach(EventProcessor::start);
        }
        report(lag(projections, "  projections restarted"));
    }

    /**
     * How far the slowest projection is behind, then how long all take to reach the head with nothing else running:
     * (b) counts commands, and read models that fall behind would make it look cheaper than it is.
     */
    private static String lag(Projections projections, String when) throws InterruptedException {
        long lag = maxLag(projections);
        CpuMeter.Sample before = CpuMeter.sample();
        double seconds = untilCaughtUp(projections);
        return "%s: %d events behind; caught up in %.1f s%s".formatted(when, lag, seconds, lag >= LONG_CATCH_UP
                ? " (%.0f ev/s, every projection; CPU per event: %s)".formatted(lag / seconds,
                CpuMeter.between(before, CpuMeter.sample(), lag).describe()) : "");
    }

    private static long maxLag(Projections projections) {
        return projections.list().stream().mapToLong(ProjectionStatus::lag).max().orElse(0);
    }

    private void replay(ApplicationContext app) throws Exception {
        ReplayBenchmark replay = new ReplayBenchmark(app.getBean(Configuration.class), app.getBean(Projections.class),
                database);
        EventStoreFiller.Filled filled = replay.fill(options.replayEvents());
        report("event store: %d events (%d bulk-inserted in %.1f s, not timed)".formatted(filled.total(),
                filled.inserted(), filled.seconds()));
        ReplayBenchmark.Replayed warmUp = replay.warmUp();
        report("replay warm-up: %.0f ev/s (%.1f s, JVM CPU %.1f s, not counted)".formatted(warmUp.perSecond(),
                warmUp.seconds(), warmUp.cpuSeconds()));
        ReplayBenchmark.Replayed replayed = replay.replay();
        report("replay: %.0f ev/s over %d events (%.1f s, JVM CPU %.1f s%s, dead letters: %d; target >= %.0f ev/s)".formatted(
                replayed.perSecond(), replayed.events(), replayed.seconds(), replayed.cpuSeconds(),
                replayed.finished() ? "" : ", UNFINISHED at the time limit", replayed.status().deadLetters(),
                REPLAY_TARGET));
        ReadBenchmark reads = new ReadBenchmark(app.getBean(DatabasePool.class).dataSource(),
                app.getBean(Configuration.class).eventSerializer());
        report(ReadBenchmark.describe(reads.run(filled.total())));
    }

    /** Projections still catching up on an earlier run's events would take CPU from the measured commands. */
    private void awaitCaughtUp(Projections projections) throws InterruptedException {
        report("projections caught up in %.1f s, not timed".formatted(untilCaughtUp(projections)));
    }

    /** Waits until every projection has reached the head of the store; returns the seconds it took. */
    private static double untilCaughtUp(Projections projections) throws InterruptedException {
        long started = System.nanoTime();
        while (maxLag(projections) > 0) {
            Thread.sleep(20);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Other work on the machine skews every figure here: the load average at the start makes it visible. */
    private static String host() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return "host: %d cpus, load average %.2f".formatted(os.getAvailableProcessors(), os.getSystemLoadAverage());
    }

    private void report(String line) {
        System.out.println(line);
        summary.add(line);
    }

    private static String threads(int count) {
        return count == 1 ? "1 thread" : count + " threads";
    }
}
