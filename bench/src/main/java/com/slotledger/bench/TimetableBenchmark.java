package com.slotledger.bench;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.MetadataKeys;
import com.slotledger.api.sitting.ReferenceCommands.DefineRoom;
import com.slotledger.api.sitting.ReferenceCommands.DefineSemester;
import com.slotledger.api.timetable.TimetableCommands.CreateCourseGroup;
import com.slotledger.api.timetable.TimetableCommands.GenerateSessions;
import com.slotledger.api.timetable.TimetableTypes.WeeklySchedule;
import com.slotledger.command.timetable.GenerationReport;
import com.slotledger.command.timetable.SessionGeneration;
import com.slotledger.query.shared.Projections;
import com.slotledger.query.sitting.SittingProjection;
import com.slotledger.query.timetable.TimetableProjection;
import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.MetaData;

import java.lang.management.ManagementFactory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Session generation at scale, against a durable PostgreSQL: 1,000 course groups (five per room, Monday to Friday,
 * in Europe/Paris) each generate 52 weeks, about 52,000 sessions, through the application's own command gateway,
 * one GenerateSessions command per group. Measured twice on fresh groups: with the projections running beside the
 * commands (as in production), and with them paused (the commands alone; they catch up afterwards). Prints sessions
 * per second, the seconds until the sitting and timetable views have caught up (target: under 5 s in all), the CPU
 * per session of this JVM and of PostgreSQL, and a second generation of the same weeks (idempotent: nothing
 * created). Not a test: it only measures and prints. Options: see {@link TimetableBenchOptions}.
 */
public final class TimetableBenchmark {

    static final double TARGET_SECONDS = 5.0;
    private static final DayOfWeek[] WEEKDAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};

    /** The projections that keep sessions: generation is done for a reader once both have reached the head. */
    private static final List<String> VIEWS = List.of(SittingProjection.NAME, TimetableProjection.NAME);

    private final TimetableBenchOptions options;
    private final Database database;
    private final List<String> summary = new ArrayList<>();
    /** Names of this run's records: the benchmark database is reused, and names are unique. */
    private final String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    private CommandGateway gateway;

    private TimetableBenchmark(TimetableBenchOptions options) {
        this.options = options;
        this.database = new Database(options.jdbcUrl(), options.user(), options.password());
    }

    public static void main(String[] args) throws Exception {
        TimetableBenchOptions options;
        try {
            options = TimetableBenchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new TimetableBenchmark(options).run();
    }

    private void run() throws Exception {
        report("database: " + options.jdbcUrl() + " as " + options.user() + " (" + database.describe() + ")");
        report(host());
        CpuMeter.watch(database);
        try (ApplicationContext app = BenchApplication.start(options.jdbcUrl(), options.user(), options.password())) {
            gateway = app.getBean(CommandGateway.class);
            Projections projections = app.getBean(Projections.class);
            EventProcessingConfiguration processors = app.getBean(Configuration.class).eventProcessingConfiguration();
            awaitCaughtUp(projections, "projections caught up before the run in %.1f s, not timed");
            LocalDate from = LocalDate.now(ZoneId.of("Europe/Paris")).plusWeeks(1)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate to = from.plusWeeks(options.weeks()).minusDays(1);

            if (options.warmupGroups() > 0) {
                List<String> warmUp = setUp(from, to, options.warmupGroups(), "warm-up");
                Result warm = generate(warmUp, from, to);
                report("warm-up: %d groups, %d sessions in %.2f s (not counted)".formatted(warmUp.size(),
                        warm.report().created(), warm.seconds()));
                awaitCaughtUp(projections, "projections caught up after the warm-up in %.1f s, not timed");
            }

            List<String> live = setUp(from, to, options.groups(), "live");
            Measured running = measure(live, from, to, projections, null);
            report(line("generation, projections running", live.size(), running.result()));
            report("  sitting and timetable views caught up %.2f s after the generation began (%s; target: under %.0f s)"
                    .formatted(running.caughtUp(), running.views(), TARGET_SECONDS));
            report("  CPU per session while generating: %s; from the start until caught up: %s".formatted(
                    running.commandCpu().describe(), running.totalCpu().describe()));
            awaitCaughtUp(projections, "every projection's token at the head %.1f s later, not timed");

            List<String> quiet = setUp(from, to, options.groups(), "quiet");
            Measured paused = measure(quiet, from, to, projections, processors);
            report(line("generation, projections paused", quiet.size(), paused.result()));
            report("  then the projections resumed and caught up in %.2f s (%s), %.2f s in all".formatted(
                    paused.caughtUp() - paused.result().seconds(), paused.views(), paused.caughtUp()));
            report("  CPU per session: commands alone %s; projections alone %s".formatted(
                    paused.commandCpu().describe(), CpuMeter.between(paused.afterCommands(), paused.afterViews(),
                            Math.max(1, paused.result().report().created())).describe()));
            awaitCaughtUp(projections, "every projection's token at the head %.1f s later, not timed");

            Result again = generate(quiet, from, to);
            report("regeneration of the same weeks (idempotent): %d created, %d unchanged in %.2f s".formatted(
                    again.report().created(), again.report().unchanged(), again.seconds()));
            report("sessions of the paused run's groups in the timetable lookup: %d".formatted(database.number(
                    "SELECT count(*) FROM timetable_session WHERE group_id IN (SELECT group_id FROM timetable_course_group"
                            + " WHERE name LIKE '" + run + "-quiet-%')")));
            report(host());
        }
        System.out.println();
        System.out.println("=== SlotLedger timetable benchmark: summary ===");
        summary.forEach(System.out::println);
    }

    private String line(String label, int groups, Result result) {
        GenerationReport r = result.report();
        return String.format("%s: %d groups x %d weeks, %d threads: %d sessions created in %.2f s = %.0f sessions/s%s",
                label, groups, options.weeks(), options.threads(), r.created(), result.seconds(),
                r.created() / result.seconds(),
                r.conflicts().isEmpty() && r.skipped().isEmpty() ? ""
                        : "; conflicts " + r.conflicts().size() + ", skipped " + r.skipped().size());
    }

    /** Other work on the machine skews every figure here: the load average makes it visible. */
    private static String host() {
        return "host: %d cpus, load average %.2f".formatted(Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Not timed: a semester, a room per five groups, and the groups, Monday to Friday 10:00–12:00 in Paris. */
    private List<String> setUp(LocalDate from, LocalDate to, int count, String label) {
        long started = System.nanoTime();
        String semester = UUID.randomUUID().toString();
        send(new DefineSemester(semester, run + "-" + label, from, to, Actor.SYSTEM_ID, Instant.now()));
        List<String> groups = new ArrayList<>();
        String room = null;
        for (int i = 0; i < count; i++) {
            if (i % WEEKDAYS.length == 0) {
                room = UUID.randomUUID().toString();
                send(new DefineRoom(room, run + "-" + label + "-room-" + i, 40, Actor.SYSTEM_ID, Instant.now()));
            }
            String group = UUID.randomUUID().toString();
            WeeklySchedule schedule = new WeeklySchedule(WEEKDAYS[i % WEEKDAYS.length], LocalTime.of(10, 0),
                    LocalTime.of(12, 0), room, ZoneId.of("Europe/Paris"), null, null);
            send(new CreateCourseGroup(group, run + "-" + label + "-group-" + i, semester, null, schedule,
                    Actor.SYSTEM_ID, Instant.now()));
            groups.add(group);
        }
        report("set-up (%s): %d course groups in %d rooms, %s to %s, in %.1f s, not timed".formatted(label, count,
                (count + WEEKDAYS.length - 1) / WEEKDAYS.length, from, to, (System.nanoTime() - started) / 1e9));
        return groups;
    }

    record Result(GenerationReport report, double seconds) {
    }

    /**
     * One timed generation and the projections that follow it: {@code caughtUp} is the seconds from its start until
     * the sitting and timetable projections (the ones that keep sessions) have reached the store's head; CPU samples
     * at the start, when the last command returned, and when the views had caught up.
     */
    record Measured(Result result, double caughtUp, String views, CpuMeter.Sample start, CpuMeter.Sample afterCommands,
                    CpuMeter.Sample afterViews) {

        CpuMeter.PerOperation commandCpu() {
            return CpuMeter.between(start, afterCommands, Math.max(1, result.report().created()));
        }

        CpuMeter.PerOperation totalCpu() {
            return CpuMeter.between(start, afterViews, Math.max(1, result.report().created()));
        }
    }

    /** With {@code paused} processors, they are shut down for the commands and started again after them. */
    private Measured measure(List<String> groups, LocalDate from, LocalDate to, Projections projections,
                             EventProcessingConfiguration paused) throws Exception {
        if (paused != null) {
            paused.eventProcessors().values().forEach(EventProcessor::shutDown);
        }
        CpuMeter.Sample start = CpuMeter.sample();
        long started = System.nanoTime();
        Result result = generate(groups, from, to);
        CpuMeter.Sample afterCommands = CpuMeter.sample();
        if (paused != null) {
            paused.eventProcessors().values().forEach(EventProcessor::start);
        }
        long head = database.number("SELECT coalesce(max(globalindex), 0) FROM domainevententry");
        Map<String, Double> reached = new LinkedHashMap<>();
        while (reached.size() < VIEWS.size()) {
            for (String view : VIEWS) {
                if (!reached.containsKey(view) && projections.reached(view, head)) {
                    reached.put(view, (System.nanoTime() - started) / 1e9);
                }
            }
            if (reached.size() < VIEWS.size()) {
                Thread.sleep(20);
            }
        }
        CpuMeter.Sample afterViews = CpuMeter.sample();
        String views = reached.entrySet().stream().map(e -> "%s %.2f s".formatted(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return new Measured(result, (System.nanoTime() - started) / 1e9, views, start, afterCommands, afterViews);
    }

    /** One GenerateSessions per group, taken from a shared queue by the worker threads. */
    private Result generate(List<String> groups, LocalDate from, LocalDate to) throws Exception {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(groups);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            long started = System.nanoTime();
            List<Future<GenerationReport>> workers = new ArrayList<>();
            for (int t = 0; t < options.threads(); t++) {
                workers.add(pool.submit(() -> {
                    GenerationReport total = GenerationReport.empty();
                    for (String group = queue.poll(); group != null; group = queue.poll()) {
                        SessionGeneration.Result result = send(new GenerateSessions(group, null, from, to, false,
                                Actor.SYSTEM_ID, Instant.now()));
                        total = total.plus(result.report());
                    }
                    return total;
                }));
            }
            GenerationReport total = GenerationReport.empty();
            for (Future<GenerationReport> worker : workers) {
                total = total.plus(worker.get());
            }
            return new Result(total, (System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitCaughtUp(Projections projections, String message) throws InterruptedException {
        long started = System.nanoTime();
        // an empty store has head 0 and tokens at -1: nothing to catch up on
        while (projections.list().stream().anyMatch(status -> status.head() > 0 && status.position() < status.head())) {
            Thread.sleep(50);
        }
        report(message.formatted((System.nanoTime() - started) / 1e9));
    }

    /** With the actor metadata the HTTP edge attaches, so events are as large as the app's real ones. */
    private <R> R send(Object command) {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> values = new HashMap<>();
        values.put(MetadataKeys.ACTOR_ID, Actor.SYSTEM_ID);
        values.put(MetadataKeys.ACTOR_ROLES, "ADMIN");
        values.put(MetadataKeys.REQUEST_ID, requestId);
        values.put(MetadataKeys.CORRELATION_ID, requestId);
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(values)));
    }

    private void report(String line) {
        System.out.println(line);
        summary.add(line);
    }
}
