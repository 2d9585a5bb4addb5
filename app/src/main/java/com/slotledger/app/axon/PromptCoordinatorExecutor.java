package com.slotledger.app.axon;

import org.axonframework.common.AxonThreadFactory;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The coordinator thread of one pooled projection processor, which re-polls promptly when its work packages are
 * full.
 * <p>
 * Why: Axon 4.13's coordinator, finding every work package's buffer full, schedules itself again in 100 ms and
 * holds its scheduling gate meanwhile, so the "batch processed" wake-up a work package sends is dropped. During a
 * replay the buffers are full all the time and the workers sat idle most of each 100 ms (13k events/s, the JVM
 * nearly idle). That 100 ms retry is the only 100 ms delay the coordinator schedules (its other delays are 0, the
 * claim interval and error back-offs of 500 ms and more), so it alone is shortened here.
 */
final class PromptCoordinatorExecutor extends ScheduledThreadPoolExecutor {

    private static final long FULL_BUFFER_RETRY_MILLIS = 100;
    private static final long PROMPT_RETRY_MILLIS = 2;

    PromptCoordinatorExecutor(String processorName) {
        super(1, new AxonThreadFactory("Coordinator[" + processorName + "]"));
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        boolean fullBufferRetry = unit.toMillis(delay) == FULL_BUFFER_RETRY_MILLIS;
        return super.schedule(command, fullBufferRetry ? PROMPT_RETRY_MILLIS : delay, fullBufferRetry ? TimeUnit.MILLISECONDS : unit);
    }
}
