package com.slotledger.app.entitlement;

import com.slotledger.api.entitlement.EntitlementCommands.ConsumeSlot;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.command.shared.CommandDispatcher;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Many entrants race for one slot: the event store's unique key lets exactly one win, on one node or two. */
@MicronautTest(transactional = false)
class ConsumeSlotRaceTest extends IntegrationTest {

    private static final int RACERS = 50;

    private final Map<String, String> candidateIds = new HashMap<>();
    ApplicationContext secondNode;

    @BeforeAll
    void startSecondNode() {
        secondNode = ApplicationContext.builder().properties(new HashMap<>(getProperties())).start();
    }

    @AfterAll
    void stopSecondNode() {
        secondNode.close();
    }

    @Test
    void fiftyEntrantsOnOneNodeConsumeTheSlotExactlyOnce() throws Exception {
        signIn();
        Api.User candidate = candidateWithSlot();
        List<String> outcomes = race(i -> () -> outcome(api.post("/api/v1/exam-access", null, candidate.token())));
        assertOneWinner(outcomes, candidate);
    }

    @Test
    void entrantsSplitOverTwoNodesConsumeTheSlotExactlyOnce() throws Exception {
        signIn();
        Api.User candidate = candidateWithSlot();
        String candidateId = candidateIdOf(candidate);
        CommandDispatcher otherNode = secondNode.getBean(CommandDispatcher.class);
        Actor actor = new Actor(candidate.id(), candidate.username(), Set.of(), null, null, "race", "race");
        List<String> outcomes = race(i -> i % 2 == 0
                ? () -> outcome(api.post("/api/v1/exam-access", null, candidate.token()))
                : () -> {
                    try {
                        otherNode.send(new ConsumeSlot(candidateId, candidate.id(), Instant.now()), actor);
                        return "200";
                    } catch (DomainRejection rejection) {
                        return rejection.code().name();
                    }
                });
        assertOneWinner(outcomes, candidate);
    }

    private void assertOneWinner(List<String> outcomes, Api.User candidate) {
        assertEquals(1, outcomes.stream().filter("200"::equals).count(), outcomes.toString());
        assertEquals(RACERS - 1, outcomes.stream().filter(ErrorCode.SLOT_CONSUMED.name()::equals).count(), outcomes.toString());
        String candidateId = candidateIdOf(candidate);
        Reply events = api.get("/api/v1/audit/aggregates/" + candidateId + "/events", admin);
        assertEquals(1, events.list().stream().filter(e -> "SlotConsumed".equals(e.get("type"))).count());
    }

    private Api.User candidateWithSlot() {
        Api.User user = api.user(admin, Set.of("CANDIDATE"), null);
        Reply registered = api.post("/api/v1/candidates", Map.of("name", "Racer", "rollNumber", Api.unique("R"),
                "trade", "racing", "userId", user.id()), admin);
        candidateIds.put(user.id(), registered.string("id"));
        assertEquals(200, api.post("/api/v1/candidates/" + registered.string("id") + "/exam-slot/assign", null, admin).status());
        return user;
    }

    private String candidateIdOf(Api.User user) {
        return candidateIds.get(user.id());
    }

    private static String outcome(Reply reply) {
        return reply.status() == 200 ? "200" : reply.string("code");
    }

    private static List<String> race(java.util.function.IntFunction<Callable<String>> entrant) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Callable<String> call = entrant.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
