package com.slotledger.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's settings from {@code --name=value} arguments, else SLOTLEDGER_BENCH_* environment variables
 * (name upper-cased, dashes as underscores, e.g. SLOTLEDGER_BENCH_JDBC_URL), else the defaults below.
 */
record BenchOptions(String jdbcUrl, String user, String password, int threads, boolean singleThread,
                    Duration warmUp, Duration measure, Duration jitWarmUp, int candidatesPerThread,
                    long replayEvents, boolean load) {

    static final String USAGE = """
            options (--name=value, or environment SLOTLEDGER_BENCH_<NAME>):
              --jdbc-url=jdbc:postgresql://localhost:5432/slotbench   --user=postgres   --password=postgres
              --threads=8               worker threads of (a) and (b)
              --single-thread=true      also measure (a) and (b) with one thread
              --warmup=5 --seconds=10   warm-up and measured seconds of each run
              --jit-warmup=60           untimed seconds of each load before (a) and (b), so they measure compiled code
              --candidates-per-thread=100
              --replay-events=200000    events the store holds at least before the replay
              --load=true               run (a) and (b); false measures the replay alone""";

    private static final Set<String> NAMES = Set.of("jdbc-url", "user", "password", "threads", "single-thread",
            "warmup", "seconds", "jit-warmup", "candidates-per-thread", "replay-events", "load");

    static BenchOptions parse(String[] args, Map<String, String> environment) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            // exec-maven-plugin passes an empty -Dbench.args as one blank argument
            for (String word : arg.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    put(given, word);
                }
            }
        }
        Settings settings = new Settings(given, environment);
        return new BenchOptions(
                settings.text("jdbc-url", "jdbc:postgresql://localhost:5432/slotbench"),
                settings.text("user", "postgres"),
                settings.text("password", "postgres"),
                settings.positive("threads", 8),
                Boolean.parseBoolean(settings.text("single-thread", "true")),
                Duration.ofSeconds(settings.positive("warmup", 5)),
                Duration.ofSeconds(settings.positive("seconds", 10)),
                Duration.ofSeconds(settings.positive("jit-warmup", 60)),
                settings.positive("candidates-per-thread", 100),
                settings.positive("replay-events", 200_000),
                Boolean.parseBoolean(settings.text("load", "true")));
    }

    private static void put(Map<String, String> given, String word) {
        int equals = word.indexOf('=');
        String name = word.startsWith("--") && equals > 2 ? word.substring(2, equals) : null;
        if (name == null || !NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown argument '" + word + "'\n" + USAGE);
        }
        given.put(name, word.substring(equals + 1));
    }

    private record Settings(Map<String, String> given, Map<String, String> environment) {

        String text(String name, String fallback) {
            String value = given.get(name);
            if (value == null) {
                value = environment.get("SLOTLEDGER_BENCH_" + name.toUpperCase().replace('-', '_'));
            }
            return value == null || value.isBlank() ? fallback : value;
        }

        int positive(String name, int fallback) {
            int value = Integer.parseInt(text(name, Integer.toString(fallback)));
            if (value < 1) {
                throw new IllegalArgumentException("--" + name + " must be at least 1");
            }
            return value;
        }
    }
}
