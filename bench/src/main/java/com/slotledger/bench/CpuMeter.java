package com.slotledger.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM and by the benchmark's PostgreSQL server (its postmaster, its background processes and
 * the backends connected to the benchmark's database; backends of other databases on a shared server are left out).
 * Per operation, it says where a throughput figure's cost lies, and it is far less distorted than the wall clock by
 * other work on the machine. The server's share is read from /proc and the server's postmaster.pid, so it is known
 * only when that server runs on this host and its data directory is readable.
 */
final class CpuMeter {

    private static volatile long postmaster = -1;
    private static volatile String databaseName = "";

    private static final double CLOCK_TICKS_PER_SECOND = 100;

    record Sample(long jvmNanos, double postgresSeconds) {
    }

    /** CPU time used between two samples, per operation, in microseconds. */
    record PerOperation(double jvmMicros, double postgresMicros) {
        String describe() {
            return postgresMicros < 0 ? "JVM %.0f us".formatted(jvmMicros)
                    : "JVM %.0f us + PostgreSQL %.0f us".formatted(jvmMicros, postgresMicros);
        }
    }

    private CpuMeter() {
    }

    /** Finds the server the benchmark talks to; without this (or if it is remote) only the JVM is measured. */
    static void watch(Database database) {
        try {
            Path pidFile = Path.of(database.text("SHOW data_directory"), "postmaster.pid");
            databaseName = database.text("SELECT current_database()");
            postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (Exception e) {
            postmaster = -1;
        }
    }

    static Sample sample() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Sample(jvm, postgresSeconds());
    }

    static PerOperation between(Sample from, Sample to, long operations) {
        double jvm = (to.jvmNanos() - from.jvmNanos()) / 1e3 / operations;
        double postgres = from.postgresSeconds() < 0 || to.postgresSeconds() < 0 ? -1
                : (to.postgresSeconds() - from.postgresSeconds()) * 1e6 / operations;
        return new PerOperation(jvm, postgres);
    }

    /** Busy seconds of the postmaster and its children; -1 when unknown. */
    private static double postgresSeconds() {
        long server = postmaster;
        if (server < 0) {
            return -1;
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            long ticks = processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(CpuMeter::stat).filter(stat -> stat != null && (stat[0] == server || stat[1] == server))
                    .filter(stat -> stat[0] == server || ours(stat[0])).mapToLong(stat -> stat[2]).sum();
            return ticks / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * A background process (writer, checkpointer, autovacuum), or a backend of the benchmark's database: a client
     * backend's title reads "postgres: ...: user database host(port) state".
     */
    private static boolean ours(long pid) {
        try {
            String title = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
            boolean client = title.contains("[local]") || title.matches(".*\\(\\d+\\).*");
            return !client || title.contains(" " + databaseName + " ");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** pid, parent pid and busy ticks of one process, or null if it is gone. */
    private static long[] stat(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // after the command name: state is field 3, ppid field 4, utime field 14 and stime field 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(process.getFileName().toString());
            return new long[]{pid, Long.parseLong(fields[1]), Long.parseLong(fields[11]) + Long.parseLong(fields[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
