package com.slotledger.bench;

import com.slotledger.api.entitlement.EntitlementCommands.AssignSlot;
import com.slotledger.api.entitlement.EntitlementCommands.ConsumeSlot;
import com.slotledger.api.entitlement.EntitlementCommands.RegisterCandidate;
import com.slotledger.api.entitlement.EntitlementCommands.ResetSlot;
import com.slotledger.api.entitlement.SlotStatus;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.MetadataKeys;
import com.slotledger.bench.TimedLoad.Throughput;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * (b) Commands through the application's own gateway, each waited for. Every thread owns its candidates, so no two
 * threads meet on one aggregate, as in (a) where each thread appends to its own aggregate.
 */
final class CommandBenchmark {

    static final String TRADE = "bench";

    private final CommandGateway gateway;
    private final BenchOptions options;

    CommandBenchmark(CommandGateway gateway, BenchOptions options) {
        this.gateway = gateway;
        this.options = options;
    }

    Throughput run(int threads) throws Exception {
        return cycle(threads, options.warmUp(), options.measure());
    }

    /**
     * The same load, untimed, for as long as the JIT needs: in a fresh JVM the compiler threads took a sixth of the
     * machine during a 15 s (b) and a command's JVM CPU fell from about 380 us to 130 us over the first minute.
     * Returns the average over the whole warm-up, cold start included.
     */
    Throughput warmUp(int threads, Duration duration) throws Exception {
        return cycle(threads, Duration.ZERO, duration);
    }

    private Throughput cycle(int threads, Duration warmUp, Duration window) throws Exception {
        List<List<String>> candidates = register(threads, options.candidatesPerThread());
        return TimedLoad.measure(threads, warmUp, window, thread -> new SlotCycle(candidates.get(thread)));
    }

    /** Not timed: fresh candidates, so every run starts from NO_SLOT and short event streams. */
    private List<List<String>> register(int threads, int perThread) throws Exception {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> batches = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                batches.add(pool.submit(() -> registerBatch(perThread)));
            }
            List<List<String>> candidates = new ArrayList<>();
            for (Future<List<String>> batch : batches) {
                candidates.add(batch.get());
            }
            System.out.printf("  (registered %d candidates in %.1f s, not timed)%n", threads * perThread,
                    (System.nanoTime() - started) / 1e9);
            return candidates;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> registerBatch(int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            send(new RegisterCandidate(id, "Bench Candidate", "B-" + id, TRADE, null, null, Actor.SYSTEM_ID,
                    Instant.now()));
            ids.add(id);
        }
        return ids;
    }

    /** With the actor metadata the HTTP edge attaches, so events are as large as the app's real ones. */
    private void send(Object command) {
        String requestId = UUID.randomUUID().toString();
        MetaData metaData = MetaData.from(Map.of(
                MetadataKeys.ACTOR_ID, Actor.SYSTEM_ID,
                MetadataKeys.ACTOR_ROLES, "ADMIN",
                MetadataKeys.REQUEST_ID, requestId,
                MetadataKeys.CORRELATION_ID, requestId));
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    /**
     * Walks a thread's candidates round-robin, each through the cycle NO_SLOT -assign-> AVAILABLE -consume-> CONSUMED
     * -reset-> NO_SLOT -assign-> ...: every command decides on its aggregate and appends one event, as every append
     * in (a) is one event in its own transaction. (A reassign would append two, reset and assign, in one command.)
     */
    private final class SlotCycle implements TimedLoad.Operation {

        private final List<String> candidates;
        private final SlotStatus[] slots;
        private int next;

        SlotCycle(List<String> candidates) {
            this.candidates = candidates;
            this.slots = new SlotStatus[candidates.size()];
            Arrays.fill(slots, SlotStatus.NO_SLOT);
        }

        @Override
        public void run() {
            String id = candidates.get(next);
            Instant now = Instant.now();
            switch (slots[next]) {
                case NO_SLOT -> {
                    send(new AssignSlot(id, Actor.SYSTEM_ID, now));
                    slots[next] = SlotStatus.AVAILABLE;
                }
                case AVAILABLE -> {
                    send(new ConsumeSlot(id, Actor.SYSTEM_ID, now));
                    slots[next] = SlotStatus.CONSUMED;
                }
                case CONSUMED -> {
                    send(new ResetSlot(id, Actor.SYSTEM_ID, now));
                    slots[next] = SlotStatus.NO_SLOT;
                }
            }
            next = (next + 1) % candidates.size();
        }
    }
}
