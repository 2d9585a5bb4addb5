package com.slotledger.app.interview;

import com.slotledger.app.interview.InterviewWorld.Company;
import com.slotledger.app.sitting.MovableClock;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.slotledger.app.interview.InterviewWorld.BASE;
import static com.slotledger.app.interview.InterviewWorld.BERLIN;
import static com.slotledger.app.interview.InterviewWorld.at;
import static com.slotledger.app.interview.InterviewWorld.ids;
import static com.slotledger.app.interview.InterviewWorld.ok;
import static com.slotledger.app.interview.InterviewWorld.refused;
import static com.slotledger.app.interview.InterviewWorld.weekly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cancelling a slot (its live bookings end with its reason; the interviewer's and the candidates' times, the
 * interviews and the day's count are free again) and completing one after its end, by the application's clock, which
 * these tests move forward. Days are counted from that clock, so the tests may run in any order.
 */
@MicronautTest(transactional = false)
class InterviewSlotLifecycleTest extends IntegrationTest {

    @Inject
    MovableClock clock;

    InterviewWorld world;

    @Override
    public Map<String, String> getProperties() {
        return MovableClock.on(super.getProperties());
    }

    @BeforeAll
    void setUp() {
        signIn();
        world = new InterviewWorld(api, admin);
    }

    /** A date {@code days} after the application's "now". */
    private LocalDate ahead(int days) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(days);
    }

    private Map<String, Object> slotRow(String slotId, long position, String token) {
        return api.get(BASE + "/slots?minPosition=" + position, token).list().stream()
                .filter(row -> slotId.equals(row.get("slotId"))).findFirst().orElseThrow();
    }

    @Test
    void cancellingASlotCancelsItsBookingsWithItsReasonAndFreesEveryoneItHeld() {
        Company acme = world.company();
        String recruiter = acme.recruiter().token();
        LocalDate day = ahead(3);
        String slot = world.slot(acme, at(day, "10:00", BERLIN), at(day, "11:00", BERLIN), 2).string("id");
        Api.User c1 = world.candidate();
        Api.User c2 = world.candidate();
        String i1 = world.interview(recruiter, c1.id());
        String i2 = world.interview(recruiter, c2.id());
        String b1 = ok(world.book(slot, i1, c1.token())).string("id");
        String b2 = ok(world.book(slot, i2, recruiter)).string("id");
        ok(api.post(BASE + "/schedules/" + b1 + "/confirm", null, acme.interviewer().token()));
        refused(world.slot(recruiter, acme.interviewer().id(), at(day, "10:30", BERLIN), at(day, "11:30", BERLIN), BERLIN, 1),
                409, "INTERVIEWER_OVERLAP");

        Reply cancelled = ok(api.post(BASE + "/slots/" + slot + "/cancel", Map.of("reason", "interviewer ill"), recruiter));
        assertEquals(slot, cancelled.string("id"));
        Map<String, Object> row = slotRow(slot, cancelled.position(), recruiter);
        assertEquals("CANCELLED", row.get("status"));
        assertEquals(0, row.get("currentBookings"));
        assertEquals("interviewer ill", row.get("cancellationReason"));
        assertEquals(acme.recruiter().id(), row.get("cancelledBy"));
        assertNotNull(row.get("cancelledAt"));
        List<Map<String, Object>> bookings = api.get(BASE + "/schedules?slotId=" + slot, recruiter).list();
        assertEquals(Set.of(b1, b2), Set.copyOf(ids(api.get(BASE + "/schedules?slotId=" + slot, recruiter), "scheduleId")));
        bookings.forEach(b -> {
            assertEquals("CANCELLED", b.get("status"), b.toString());
            assertEquals("interviewer ill", b.get("cancellationReason"));
        });
        Map<String, Object> conflict = api.get(BASE + "/conflicts", recruiter).list().stream()
                .filter(c -> slot.equals(c.get("slotId"))).findFirst().orElseThrow();
        assertEquals("CANCELLED", conflict.get("resolution"), "nothing is left to resolve of a cancelled slot");
        assertTrue(ids(api.get(BASE + "/calendar?startDate=" + day + "&endDate=" + day, recruiter), "uid").isEmpty(),
                "a cancelled slot and its bookings leave the calendar");

        refused(api.post(BASE + "/slots/" + slot + "/cancel", Map.of(), recruiter), 409, "SLOT_CLOSED");
        String i3 = world.interview(recruiter, world.candidate().id());
        refused(world.book(slot, i3, recruiter), 409, "SLOT_NOT_BOOKABLE");
        String replacement = ok(world.slot(recruiter, acme.interviewer().id(), at(day, "10:30", BERLIN),
                at(day, "11:30", BERLIN), BERLIN, 2)).string("id");
        ok(world.book(replacement, i1, c1.token()));
        ok(world.book(replacement, i2, recruiter)); // the interviews, and the candidates' times, are free again
    }

    @Test
    void aCancelledSlotCountsNoLongerOnItsInterviewersDay() {
        Company acme = world.company();
        String recruiter = acme.recruiter().token();
        LocalDate day = ahead(5);
        Map<String, Object> pattern = weekly(acme.interviewer().id(), day.getDayOfWeek().getValue(), "08:00", "20:00");
        pattern.put("maxSlotsPerDay", 1);
        ok(api.post(BASE + "/availability", pattern, recruiter));
        String first = world.slot(acme, at(day, "09:00", BERLIN), at(day, "10:00", BERLIN), 1).string("id");
        refused(world.slot(recruiter, acme.interviewer().id(), at(day, "14:00", BERLIN), at(day, "15:00", BERLIN), BERLIN, 1),
                409, "MAX_SLOTS_PER_DAY");
        ok(api.post(BASE + "/slots/" + first + "/cancel", Map.of(), acme.interviewer().token()));
        ok(world.slot(recruiter, acme.interviewer().id(), at(day, "14:00", BERLIN), at(day, "15:00", BERLIN), BERLIN, 1));
    }

    @Test
    void aSlotIsCompletedOnlyAfterItsEndAndIsThenNoLongerCancelled() {
        Company acme = world.company();
        String recruiter = acme.recruiter().token();
        LocalDate day = ahead(2);
        String slot = world.slot(acme, at(day, "10:00", BERLIN), at(day, "11:00", BERLIN), 1).string("id");
        String later = world.slot(acme, at(day, "12:00", BERLIN), at(day, "13:00", BERLIN), 1).string("id");
        Api.User candidate = world.candidate();
        String booking = ok(world.book(slot, world.interview(recruiter, candidate.id()), candidate.token())).string("id");
        refused(api.post(BASE + "/slots/" + slot + "/complete", null, recruiter), 409, "SLOT_NOT_ENDED");

        clock.set(at(day, "11:00", BERLIN));
        Reply completed = ok(api.post(BASE + "/slots/" + slot + "/complete", null, acme.interviewer().token()));
        Map<String, Object> row = slotRow(slot, completed.position(), recruiter);
        assertEquals("COMPLETED", row.get("status"));
        assertEquals(acme.interviewer().id(), row.get("completedBy"));
        assertEquals(at(day, "11:00", BERLIN).toString(), row.get("completedAt"));
        assertEquals("PENDING", api.get(BASE + "/schedules?slotId=" + slot, recruiter).list().get(0).get("status"),
                "a completed slot's bookings keep their status");
        refused(api.post(BASE + "/slots/" + slot + "/complete", null, recruiter), 409, "SLOT_CLOSED");
        refused(api.post(BASE + "/slots/" + slot + "/cancel", Map.of(), recruiter), 409, "SLOT_CLOSED");
        refused(api.post(BASE + "/schedules/" + booking + "/cancel", Map.of(), candidate.token()), 409, "SLOT_CLOSED");

        clock.set(at(day, "13:00", BERLIN));
        refused(api.post(BASE + "/slots/" + later + "/cancel", Map.of(), recruiter), 409, "SLOT_ENDED");
        ok(api.post(BASE + "/slots/" + later + "/complete", null, admin));
    }

    @Test
    void onlyTheSlotsCompanyOrItsOwnInterviewerMayCloseIt() {
        Company a = world.company();
        Company b = world.company();
        Api.User otherInterviewer = world.user(Set.of("INTERVIEWER"), a.id());
        LocalDate day = ahead(4);
        String slot = world.slot(a, at(day, "10:00", BERLIN), at(day, "11:00", BERLIN), 1).string("id");
        Api.User candidate = world.candidate();
        ok(world.book(slot, world.interview(a.recruiter().token(), candidate.id()), candidate.token()));

        for (String action : List.of("cancel", "complete")) {
            String path = BASE + "/slots/" + slot + "/" + action;
            refused(api.post(path, Map.of(), b.recruiter().token()), 403, "OUT_OF_SCOPE");
            refused(api.post(path, Map.of(), b.interviewer().token()), 403, "OUT_OF_SCOPE");
            refused(api.post(path, Map.of(), otherInterviewer.token()), 403, "OUT_OF_SCOPE");
            refused(api.post(path, Map.of(), candidate.token()), 403, "FORBIDDEN");
            refused(api.post(BASE + "/slots/no-such-slot/" + action, Map.of(), a.recruiter().token()), 404,
                    "INTERVIEW_SLOT_NOT_FOUND");
        }
        Reply cancelled = ok(api.post(BASE + "/slots/" + slot + "/cancel", Map.of("reason", "mine"), a.interviewer().token()));
        assertEquals("CANCELLED", slotRow(slot, cancelled.position(), admin).get("status"));
        assertEquals(List.of(), api.get(BASE + "/slots?status=CANCELLED", b.recruiter().token()).list(),
                "another company never sees it");
    }
}
