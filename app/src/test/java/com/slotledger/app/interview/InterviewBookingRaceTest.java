package com.slotledger.app.interview;

import com.slotledger.api.interview.InterviewCommands.BookInterview;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.Role;
import com.slotledger.app.database.DatabasePool;
import com.slotledger.app.interview.InterviewWorld.Company;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.command.shared.CommandDispatcher;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static com.slotledger.app.interview.InterviewWorld.BASE;
import static com.slotledger.app.interview.InterviewWorld.BERLIN;
import static com.slotledger.app.interview.InterviewWorld.at;
import static com.slotledger.app.interview.InterviewWorld.day;
import static com.slotledger.app.interview.InterviewWorld.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 200 bookers race for the last seats of one slot: the capacity row in PostgreSQL lets exactly the free seats be
 * taken, everyone else gets 409 SLOT_FULL, and every winner's event reaches the store and the read model, whether the
 * racers share one application context or are split over two on one database.
 */
@MicronautTest(transactional = false)
class InterviewBookingRaceTest extends IntegrationTest {

    private static final int RACERS = 200;
    private static final int MAX_CANDIDATES = 4;

    @Inject
    DatabasePool pool;

    ApplicationContext secondNode;
    InterviewWorld world;

    @BeforeAll
    void setUp() {
        signIn();
        world = new InterviewWorld(api, admin);
        secondNode = ApplicationContext.builder().properties(new HashMap<>(getProperties())).start();
    }

    @AfterAll
    void stopSecondNode() {
        secondNode.close();
    }

    /** A slot of MAX_CANDIDATES seats, one taken already, and RACERS interviews of distinct candidates to book. */
    private record Race(Company company, String slotId, List<String> interviews) {
    }

    private Race race(int weeksAhead) throws Exception {
        Company company = world.company();
        LocalDate day = day(weeksAhead, DayOfWeek.FRIDAY);
        String slotId = world.slot(company, at(day, "10:00", BERLIN), at(day, "11:00", BERLIN), MAX_CANDIDATES).string("id");
        String recruiter = company.recruiter().token();
        ok(world.book(slotId, world.interview(recruiter, "early-" + UUID.randomUUID()), recruiter));
        List<String> interviews = run(RACERS, 16, i -> () -> world.interview(recruiter, "racer-" + i + "-" + UUID.randomUUID()));
        return new Race(company, slotId, interviews);
    }

    private Callable<String> overHttp(Race race, int i) {
        return () -> {
            Reply reply = world.book(race.slotId(), race.interviews().get(i), race.company().recruiter().token());
            return reply.status() == 201 ? "BOOKED " + reply.string("id") + " " + reply.position() : reply.string("code");
        };
    }

    @Test
    void twoHundredBookersOnOneNodeTakeExactlyTheFreeSeats() throws Exception {
        Race race = race(30);
        List<String> outcomes = run(RACERS, RACERS, i -> overHttp(race, i));
        assertExactlyTheFreeSeatsTaken(race, outcomes);
    }

    @Test
    void bookersSplitOverTwoApplicationContextsOnOneDatabaseTakeExactlyTheFreeSeats() throws Exception {
        Race race = race(31);
        CommandDispatcher otherNode = secondNode.getBean(CommandDispatcher.class);
        Actor recruiter = new Actor(race.company().recruiter().id(), race.company().recruiter().username(),
                Set.of(Role.RECRUITER), null, race.company().id(), "race", "race");
        List<String> outcomes = run(RACERS, RACERS, i -> i % 2 == 0 ? overHttp(race, i) : () -> {
            String scheduleId = UUID.randomUUID().toString();
            try {
                long position = otherNode.send(new BookInterview(race.slotId(), scheduleId, race.interviews().get(i),
                        null, recruiter.userId(), Instant.now()), recruiter).position();
                return "BOOKED " + scheduleId + " " + position;
            } catch (DomainRejection rejection) {
                return rejection.code().name();
            }
        });
        assertExactlyTheFreeSeatsTaken(race, outcomes);
    }

    private void assertExactlyTheFreeSeatsTaken(Race race, List<String> outcomes) throws SQLException {
        List<String> winners = outcomes.stream().filter(o -> o.startsWith("BOOKED ")).toList();
        Map<String, Long> losers = outcomes.stream().filter(o -> !o.startsWith("BOOKED "))
                .collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        assertEquals(MAX_CANDIDATES - 1, winners.size(), outcomes.toString());
        assertEquals(Map.of("SLOT_FULL", (long) (RACERS - MAX_CANDIDATES + 1)), losers);

        Map<String, Long> events = eventsOf(race.slotId());
        // the interviewer has no availability pattern, so the slot also recorded its INTERVIEWER_UNAVAILABLE conflict
        assertEquals(Map.of("InterviewSlotCreated", 1L, "ConflictDetected", 1L, "InterviewBooked", (long) MAX_CANDIDATES,
                "InterviewSlotFilled", 1L), events, "every booking is one event, none lost, none extra");
        assertEquals(List.of(MAX_CANDIDATES, MAX_CANDIDATES), registry(race.slotId()),
                "the capacity counter and the live bookings agree");

        long position = winners.stream().mapToLong(w -> Long.parseLong(w.split(" ")[2])).max().orElseThrow();
        List<Map<String, Object>> rows = api.get(BASE + "/schedules?slotId=" + race.slotId() + "&minPosition=" + position,
                race.company().recruiter().token()).list();
        assertEquals(MAX_CANDIDATES, rows.size(), rows.toString());
        assertTrue(rows.stream().map(r -> r.get("scheduleId")).collect(Collectors.toSet())
                .containsAll(winners.stream().map(w -> w.split(" ")[1]).toList()));
        Map<String, Object> slot = api.get(BASE + "/slots?minPosition=" + position, race.company().recruiter().token())
                .list().stream().filter(s -> race.slotId().equals(s.get("slotId"))).findFirst().orElseThrow();
        assertEquals("BOOKED", slot.get("status"));
        assertEquals(MAX_CANDIDATES, slot.get("currentBookings"));
    }

    /** The slot's events in the store by type; their sequence numbers run 0..n-1 without a gap. */
    private Map<String, Long> eventsOf(String slotId) throws SQLException {
        try (Connection connection = pool.dataSource().getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT payloadtype, sequencenumber FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")) {
            query.setString(1, slotId);
            Map<String, Long> counts = new HashMap<>();
            long expected = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String type = rows.getString(1);
                    counts.merge(type.substring(type.lastIndexOf('$') + 1), 1L, Long::sum);
                    assertEquals(expected++, rows.getLong(2));
                }
            }
            return counts;
        }
    }

    /** The capacity counter and the number of live bookings of the slot, as the command side keeps them. */
    private List<Integer> registry(String slotId) throws SQLException {
        try (Connection connection = pool.dataSource().getConnection(); PreparedStatement query = connection.prepareStatement("""
                SELECT s.booked, (SELECT count(*) FROM interview_booking_registry b WHERE b.slot_id = s.slot_id AND b.active)
                FROM interview_slot_registry s WHERE s.slot_id = ?""")) {
            query.setString(1, slotId);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                return List.of(rows.getInt(1), rows.getInt(2));
            }
        }
    }

    /** Runs n calls on the given number of threads, released together; answers their results in order. */
    private static <T> List<T> run(int n, int threads, IntFunction<Callable<T>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<T> task = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
