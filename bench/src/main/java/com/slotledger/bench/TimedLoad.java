package com.slotledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

/**
 * Runs one operation in a loop on each of N threads: a warm-up, then a fixed window in which completed operations
 * are counted. The first failure of any thread ends the run and is rethrown.
 */
final class TimedLoad {

    /** One unit of work, called again and again by the same thread. */
    interface Operation {
        void run() throws Exception;
    }

    record Throughput(long operations, double seconds, CpuMeter.PerOperation cpu) {
        double perSecond() {
            return operations / seconds;
        }
    }

    private final LongAdder completed = new LongAdder();
    private volatile boolean measuring;
    private volatile boolean stopped;

    private TimedLoad() {
    }

    /** {@code operations} makes each thread's operation; they are made before the clock starts. */
    static Throughput measure(int threads, Duration warmUp, Duration window, IntFunction<Operation> operations)
            throws Exception {
        return new TimedLoad().run(threads, warmUp, window, operations);
    }

    private Throughput run(int threads, Duration warmUp, Duration window, IntFunction<Operation> operations)
            throws Exception {
        List<Operation> work = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            work.add(operations.apply(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> loops = new ArrayList<>();
            for (Operation operation : work) {
                loops.add(pool.submit(() -> loop(operation)));
            }
            pause(warmUp, loops);
            measuring = true;
            long from = System.nanoTime();
            CpuMeter.Sample cpuFrom = CpuMeter.sample();
            pause(window, loops);
            measuring = false;
            long to = System.nanoTime();
            CpuMeter.Sample cpuTo = CpuMeter.sample();
            stopped = true;
            for (Future<?> loop : loops) {
                loop.get();
            }
            long done = completed.sum();
            return new Throughput(done, (to - from) / 1e9,
                    CpuMeter.between(cpuFrom, cpuTo, Math.max(1, done)));
        } finally {
            stopped = true;
            pool.shutdownNow();
        }
    }

    private Void loop(Operation operation) throws Exception {
        try {
            while (!stopped) {
                operation.run();
                if (measuring) {
                    completed.increment();
                }
            }
            return null;
        } catch (Exception | Error e) {
            stopped = true;
            throw e;
        }
    }

    /** Sleeps for the duration, but returns early (and lets get() rethrow) once a thread has failed. */
    private void pause(Duration duration, List<Future<?>> loops) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            if (stopped) {
                for (Future<?> loop : loops) {
                    if (loop.isDone()) {
                        loop.get();
                    }
                }
            }
            Thread.sleep(Math.min(50, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
    }
}
