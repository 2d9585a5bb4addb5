package com.slotledger.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The timetable benchmark's settings from {@code --name=value} arguments, else SLOTLEDGER_BENCH_* environment
 * variables (name upper-cased, dashes as underscores), else the defaults below.
 */
record TimetableBenchOptions(String jdbcUrl, String user, String password, int groups, int weeks, int threads,
                             int warmupGroups) {

    static final String USAGE = """
            options (--name=value, or environment SLOTLEDGER_BENCH_<NAME>):
              --jdbc-url=jdbc:postgresql://localhost:5432/slotbench   --user=postgres   --password=postgres
              --groups=1000          course groups, five per room (Monday to Friday)
              --weeks=52             weeks each group generates
              --threads=8            threads sending GenerateSessions (one command per group)
              --warmup-groups=100    groups generated first, not counted (0: none)""";

    private static final Set<String> NAMES = Set.of("jdbc-url", "user", "password", "groups", "weeks", "threads",
            "warmup-groups");

    static TimetableBenchOptions parse(String[] args, Map<String, String> environment) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            for (String word : arg.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                int equals = word.indexOf('=');
                String name = word.startsWith("--") && equals > 2 ? word.substring(2, equals) : null;
                if (name == null || !NAMES.contains(name)) {
                    throw new IllegalArgumentException("unknown argument '" + word + "'\n" + USAGE);
                }
                given.put(name, word.substring(equals + 1));
            }
        }
        return new TimetableBenchOptions(text(given, environment, "jdbc-url", "jdbc:postgresql://localhost:5432/slotbench"),
                text(given, environment, "user", "postgres"), text(given, environment, "password", "postgres"),
                number(given, environment, "groups", 1000, 1), number(given, environment, "weeks", 52, 1),
                number(given, environment, "threads", 8, 1), number(given, environment, "warmup-groups", 100, 0));
    }

    private static String text(Map<String, String> given, Map<String, String> environment, String name, String fallback) {
        String value = given.get(name);
        if (value == null) {
            value = environment.get("SLOTLEDGER_BENCH_" + name.toUpperCase().replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int number(Map<String, String> given, Map<String, String> environment, String name, int fallback,
                              int least) {
        int value = Integer.parseInt(text(given, environment, name, Integer.toString(fallback)));
        if (value < least) {
            throw new IllegalArgumentException("--" + name + " must be at least " + least);
        }
        return value;
    }
}
