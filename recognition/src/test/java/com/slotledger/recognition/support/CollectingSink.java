package com.slotledger.recognition.support;

import com.slotledger.recognition.run.RecognitionSink;
import com.slotledger.recognition.run.RunSummary;
import com.slotledger.recognition.run.StudentRecognised;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A sink that keeps what it receives, for assertions. */
public final class CollectingSink implements RecognitionSink {

    public final List<StudentRecognised> decisions = new CopyOnWriteArrayList<>();
    public volatile RunSummary summary;
    private final CountDownLatch finished = new CountDownLatch(1);

    @Override
    public void recognised(StudentRecognised decision) {
        synchronized (decisions) {
            decisions.add(decision);
            decisions.notifyAll();
        }
    }

    @Override
    public void finished(RunSummary summary) {
        this.summary = summary;
        finished.countDown();
    }

    /** Waits (bounded) until {@code count} decisions have arrived. */
    public boolean awaitDecisions(int count, int seconds) throws InterruptedException {
        synchronized (decisions) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (decisions.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(decisions, left);
            }
            return true;
        }
    }

    public RunSummary awaitSummary() throws InterruptedException {
        if (!finished.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("run did not finish");
        }
        return summary;
    }
}
