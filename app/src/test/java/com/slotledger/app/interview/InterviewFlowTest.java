package com.slotledger.app.interview;

import com.slotledger.app.interview.InterviewWorld.Company;
import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.slotledger.app.interview.InterviewWorld.BASE;
import static com.slotledger.app.interview.InterviewWorld.BERLIN;
import static com.slotledger.app.interview.InterviewWorld.at;
import static com.slotledger.app.interview.InterviewWorld.day;
import static com.slotledger.app.interview.InterviewWorld.ids;
import static com.slotledger.app.interview.InterviewWorld.ok;
import static com.slotledger.app.interview.InterviewWorld.refused;
import static com.slotledger.app.interview.InterviewWorld.weekly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Interview scheduling end to end over HTTP, with PostgreSQL deciding overlaps, seats and per-day counts. */
@MicronautTest(transactional = false)
class InterviewFlowTest extends IntegrationTest {

    InterviewWorld world;

    @BeforeAll
    void setUp() {
        signIn();
        world = new InterviewWorld(api, admin);
    }

    private Map<String, Object> slotRow(String slotId, long position, String token) {
        return api.get(BASE + "/slots?minPosition=" + position, token).list().stream()
                .filter(row -> slotId.equals(row.get("slotId"))).findFirst().orElseThrow();
    }

    private Map<String, Object> schedule(String scheduleId, long position, String token) {
        return api.get(BASE + "/schedules?minPosition=" + position, token).list().stream()
                .filter(row -> scheduleId.equals(row.get("scheduleId"))).findFirst().orElseThrow();
    }

    @Test
    void aSlotIsAFutureSpanInsideBusinessHoursOfItsZoneAndNeverOverlapsItsInterviewersOthers() {
        Company acme = world.company();
        String recruiter = acme.recruiter().token();
        String ivy = acme.interviewer().id();
        LocalDate day = day(4, DayOfWeek.TUESDAY);

        Reply first = world.slot(acme, at(day, "10:00", BERLIN), at(day, "11:00", BERLIN), 2);
        assertEquals(201, first.status());
        refused(world.slot(recruiter, ivy, at(day, "12:00", BERLIN), at(day, "11:30", BERLIN), BERLIN, 1), 400, "INVALID_SLOT_TIME");
        Instant past = Instant.now().minus(Duration.ofDays(1));
        refused(world.slot(recruiter, ivy, past, past.plusSeconds(3600), BERLIN, 1), 409, "SLOT_IN_PAST");
        refused(world.slot(recruiter, ivy, at(day, "07:00", BERLIN), at(day, "08:00", BERLIN), BERLIN, 1), 409, "OUTSIDE_BUSINESS_HOURS");
        // 07:30–08:30 UTC is 08:30–09:30 in Berlin: business hours are read in the slot's zone
        Instant early = day.atTime(7, 30).toInstant(java.time.ZoneOffset.UTC);
        refused(world.slot(recruiter, ivy, early, early.plusSeconds(3600), "UTC", 1), 409, "OUTSIDE_BUSINESS_HOURS");
        Reply earlySlot = world.slot(recruiter, ivy, early, early.plusSeconds(3600), BERLIN, 1);
        assertEquals(201, earlySlot.status());
        world.await(earlySlot.position());

        refused(world.slot(recruiter, ivy, at(day, "10:30", BERLIN), at(day, "11:30", BERLIN), BERLIN, 1), 409, "INTERVIEWER_OVERLAP");
        refused(world.slot(recruiter, ivy, at(day, "09:00", BERLIN), at(day, "12:00", BERLIN), BERLIN, 1), 409, "INTERVIEWER_OVERLAP");
        Reply adjacent = world.slot(acme, at(day, "11:00", BERLIN), at(day, "12:00", BERLIN), 1);
        Api.User other = world.user(Set.of("INTERVIEWER"), acme.id());
        Reply others = world.slot(other.token(), null, at(day, "10:00", BERLIN), at(day, "11:00", BERLIN), BERLIN, 1);
        assertEquals(201, others.status(), "another interviewer may take the same time");

        refused(api.post(BASE + "/slots", Map.of("interviewerId", ivy, "endTime", at(day, "18:00", BERLIN).toString()), recruiter),
                400, "VALIDATION_FAILED");
        refused(world.slot(recruiter, ivy, at(day, "17:00", BERLIN), at(day, "18:00", BERLIN), "Mars/Olympus", 1), 400, "VALIDATION_FAILED");
        refused(world.slot(recruiter, ivy, at(day, "17:00", BERLIN), at(day, "18:00", BERLIN), BERLIN, 0), 400, "VALIDATION_FAILED");

        world.await(first.position(), adjacent.position());
        List<Map<String, Object>> mine = api.get(BASE + "/slots?interviewerId=" + ivy, recruiter).list();
        assertEquals(3, mine.size(), mine.toString());
        Map<String, Object> row = slotRow(first.string("id"), 0, recruiter);
        assertEquals("AVAILABLE", row.get("status"));
        assertEquals("FIXED", row.get("type"));
        assertEquals(60, row.get("durationMinutes"));
        assertEquals(BERLIN, row.get("zone"));
        assertEquals(2, row.get("maxCandidates"));
        assertEquals(0, row.get("currentBookings"));
        assertEquals(acme.jobId(), row.get("jobId"));
        assertEquals(at(day, "10:00", BERLIN).toString(), row.get("startAt"));
        assertEquals(List.of(), api.get(BASE + "/slots?status=BOOKED&interviewerId=" + ivy, recruiter).list());
        assertEquals(List.of(first.string("id"), adjacent.string("id")), ids(api.get(BASE + "/slots?jobId=" + acme.jobId()
                + "&minPosition=" + others.position(), recruiter), "slotId"), "the slots made for the job");
    }

    @Test
    void capacityFillsAndFreesASlotAndAConfirmedBookingSetsTheInterviewsTimes() {
        Company acme = world.company();
        String recruiter = acme.recruiter().token();
        LocalDate day = day(5, DayOfWeek.WEDNESDAY);
        String slotA = world.slot(acme, at(day, "10:00", BERLIN), at(day, "11:00", BERLIN), 2).string("id");
        String slotB = world.slot(acme, at(day, "14:00", BERLIN), at(day, "15:00", BERLIN), 1).string("id");
        Api.User c1 = world.candidate();
        Api.User c2 = world.candidate();
        Api.User c3 = world.candidate();
        String i1 = world.interview(recruiter, c1.id());
        String i2 = world.interview(recruiter, c2.id());
        String i3 = world.interview(recruiter, c3.id());

        Reply b1 = world.book(slotA, i1, c1.token());
        assertEquals(201, b1.status(), b1.toString());
        Reply b2 = api.post(BASE + "/schedules/book", Map.of("interviewId", i2, "slotId", slotA, "bookingNotes", "by phone"),
                recruiter);
        assertEquals(201, b2.status(), b2.toString());
        Map<String, Object> full = slotRow(slotA, b2.position(), recruiter);
        assertEquals("BOOKED", full.get("status"));
        assertEquals(2, full.get("currentBookings"));
        refused(world.book(slotA, i3, recruiter), 409, "SLOT_FULL");
        refused(world.book(slotB, i1, recruiter), 409, "INTERVIEW_ALREADY_BOOKED");
        assertEquals("by phone", schedule(b2.string("id"), 0, recruiter).get("notes"));

        Reply confirmed = ok(api.post(BASE + "/schedules/" + b1.string("id") + "/confirm", null, acme.interviewer().token()));
        Map<String, Object> interview = api.get(BASE + "/" + i1 + "?minPosition=" + confirmed.position(), recruiter).json();
        assertEquals(b1.string("id"), interview.get("scheduleId"));
        assertEquals(at(day, "10:00", BERLIN).toString(), interview.get("scheduledStart"));
        assertEquals(at(day, "11:00", BERLIN).toString(), interview.get("scheduledEnd"));
        assertEquals("CONFIRMED", schedule(b1.string("id"), 0, recruiter).get("status"));
        refused(api.post(BASE + "/schedules/" + b1.string("id") + "/confirm", null, recruiter), 409, "BOOKING_ALREADY_CONFIRMED");

        Reply cancelled = ok(api.post(BASE + "/schedules/" + b2.string("id") + "/cancel", Map.of("reason", "ill"), c2.token()));
        Map<String, Object> reopened = slotRow(slotA, cancelled.position(), recruiter);
        assertEquals("AVAILABLE", reopened.get("status"));
        assertEquals(1, reopened.get("currentBookings"));
        Map<String, Object> gone = schedule(b2.string("id"), 0, recruiter);
        assertEquals("CANCELLED", gone.get("status"));
        assertEquals("ill", gone.get("cancellationReason"));
        assertEquals(c2.id(), gone.get("cancelledBy"));
        refused(api.post(BASE + "/schedules/" + b2.string("id") + "/cancel", Map.of(), recruiter), 409, "BOOKING_NOT_ACTIVE");

        Reply b3 = world.book(slotA, i3, c3.token());
        assertEquals("BOOKED", slotRow(slotA, b3.position(), recruiter).get("status"));
        Reply released = ok(api.post(BASE + "/slots/" + slotA + "/release", Map.of("interviewId", i3, "reason", "found a job"),
                c3.token()));
        assertEquals("AVAILABLE", slotRow(slotA, released.position(), recruiter).get("status"));
        assertEquals("CANCELLED", schedule(b3.string("id"), 0, recruiter).get("status"));
        refused(api.post(BASE + "/slots/" + slotA + "/release", Map.of("interviewId", i3), c3.token()), 404, "SCHEDULE_NOT_FOUND");

        Reply moved = ok(api.post(BASE + "/schedules/" + b1.string("id") + "/reschedule", Map.of("slotId", slotB), recruiter));
        String newBooking = moved.string("id");
        world.await(((Number) moved.json().get("previousPosition")).longValue());
        assertNotEquals(b1.string("id"), newBooking);
        assertEquals("RESCHEDULED", schedule(b1.string("id"), moved.position(), recruiter).get("status"));
        assertEquals("PENDING", schedule(newBooking, 0, recruiter).get("status"));
        assertEquals(0, slotRow(slotA, 0, recruiter).get("currentBookings"));
        assertEquals("BOOKED", slotRow(slotB, 0, recruiter).get("status"));
        assertNull(api.get(BASE + "/" + i1, recruiter).json().get("scheduleId"), "a pending booking sets no times");
        Reply reconfirmed = ok(api.post(BASE + "/schedules/" + newBooking + "/confirm", null, recruiter));
        interview = api.get(BASE + "/" + i1 + "?minPosition=" + reconfirmed.position(), c1.token()).json();
        assertEquals(newBooking, interview.get("scheduleId"));
        assertEquals(at(day, "14:00", BERLIN).toString(), interview.get("scheduledStart"));
        refused(api.post(BASE + "/schedules/" + b2.string("id") + "/reschedule", Map.of("slotId", slotB), recruiter), 409,
                "BOOKING_NOT_ACTIVE");
        refused(api.post(BASE + "/schedules/" + newBooking + "/reschedule", Map.of("slotId", slotB), recruiter), 400,
                "VALIDATION_FAILED");
        refused(api.post(BASE + "/schedules/" + newBooking + "/reschedule", Map.of("slotId", slotA), c2.token()), 403,
                "OUT_OF_SCOPE");

        refused(world.book("no-such-slot", i2, recruiter), 404, "INTERVIEW_SLOT_NOT_FOUND");
        refused(world.book(slotA, "no-such-interview", recruiter), 404, "INTERVIEW_NOT_FOUND");
        refused(api.post(BASE + "/schedules/no-such-booking/confirm", null, recruiter), 404, "SCHEDULE_NOT_FOUND");
        refused(api.get(BASE + "/no-such-interview", recruiter), 404, "INTERVIEW_NOT_FOUND");
    }

    @Test
    void aCandidateIsNeverInTwoOverlappingInterviewsAndAnInterviewStaysWithItsCompany() {
        Company acme = world.company();
        Company globex = world.company();
        LocalDate day = day(5, DayOfWeek.THURSDAY);
        Api.User second = world.user(Set.of("INTERVIEWER"), acme.id());
        String morning = world.slot(acme, at(day, "10:00", BERLIN), at(day, "11:00", BERLIN), 3).string("id");
        String overlapping = ok(world.slot(acme.recruiter().token(), second.id(), at(day, "10:30", BERLIN),
                at(day, "11:30", BERLIN), BERLIN, 3)).string("id");
        String later = ok(world.slot(acme.recruiter().token(), second.id(), at(day, "11:30", BERLIN),
                at(day, "12:30", BERLIN), BERLIN, 3)).string("id");
        Api.User candidate = world.candidate();
        String first = world.interview(acme.recruiter().token(), candidate.id());
        String secondRound = world.interview(acme.recruiter().token(), candidate.id());

        assertEquals(201, world.book(morning, first, candidate.token()).status());
        refused(world.book(overlapping, secondRound, candidate.token()), 409, "CANDIDATE_OVERLAP");
        assertEquals(201, world.book(later, secondRound, candidate.token()).status(), "back to back is fine");

        String foreign = world.interview(globex.recruiter().token(), candidate.id());
        refused(world.book(morning, foreign, admin), 409, "INTERVIEW_COMPANY_MISMATCH");
        refused(world.book(morning, foreign, candidate.token()), 409, "INTERVIEW_COMPANY_MISMATCH");
    }

    @Test
    void anAvailabilityPatternJudgesSlotsAndItsConflictsAreRecordedAndResolved() {
        Company acme = world.company();
        String recruiter = acme.recruiter().token();
        String ivy = acme.interviewer().id();
        LocalDate monday = day(6, DayOfWeek.MONDAY);

        Reply pattern = ok(api.post(BASE + "/availability", weekly(ivy, 1, "09:00", "12:00"), recruiter));
        List<Map<String, Object>> patterns = api.get(BASE + "/availability?interviewerId=" + ivy + "&minPosition="
                + pattern.position(), recruiter).list();
        assertEquals(1, patterns.size());
        assertEquals("09:00:00", patterns.get(0).get("startTime"));
        assertEquals(1, patterns.get(0).get("dayOfWeek"));
        assertEquals(true, patterns.get(0).get("isAvailable"));

        Reply inside = world.slot(acme, at(monday, "09:00", BERLIN), at(monday, "10:00", BERLIN), 1);
        Reply outside = world.slot(acme, at(monday, "13:00", BERLIN), at(monday, "14:00", BERLIN), 1);
        Reply alsoOutside = world.slot(acme, at(monday, "15:00", BERLIN), at(monday, "16:00", BERLIN), 1);
        world.await(inside.position(), outside.position(), alsoOutside.position());
        List<Map<String, Object>> conflicts = api.get(BASE + "/conflicts", recruiter).list();
        assertEquals(Set.of(outside.string("id"), alsoOutside.string("id")),
                conflicts.stream().map(c -> c.get("slotId")).collect(Collectors.toSet()), "the slot inside raised none");
        Map<String, Object> conflict = conflicts.stream().filter(c -> outside.string("id").equals(c.get("slotId")))
                .findFirst().orElseThrow();
        assertEquals("INTERVIEWER_UNAVAILABLE", conflict.get("type"));
        assertEquals("PENDING", conflict.get("resolution"));
        assertEquals(ivy, conflict.get("interviewerId"));
        assertEquals(acme.id(), conflict.get("companyId"));
        assertNotEquals(inside.string("id"), conflict.get("slotId"));

        String conflictId = (String) conflict.get("conflictId");
        Reply resolved = ok(api.post(BASE + "/conflicts/" + conflictId + "/resolve",
                Map.of("resolution", "RESOLVED", "notes", "Ivy agreed"), recruiter));
        Map<String, Object> after = api.get(BASE + "/conflicts?resolution=RESOLVED&minPosition=" + resolved.position(),
                recruiter).list().get(0);
        assertEquals("Ivy agreed", after.get("notes"));
        assertEquals(acme.recruiter().id(), after.get("resolvedBy"));
        assertEquals(1, api.get(BASE + "/conflicts?resolution=PENDING", recruiter).list().size());
        refused(api.post(BASE + "/conflicts/" + conflictId + "/resolve", Map.of("resolution", "CANCELLED"), recruiter), 409,
                "CONFLICT_ALREADY_RESOLVED");
        String pending = alsoOutside.string("id") + ":unavailable";
        refused(api.post(BASE + "/conflicts/" + pending + "/resolve", Map.of("resolution", "PENDING"), recruiter), 400, "VALIDATION_FAILED");
        refused(api.post(BASE + "/conflicts/" + pending + "/resolve", Map.of("resolution", "MAYBE"), recruiter), 400, "MALFORMED_REQUEST");
        refused(api.post(BASE + "/conflicts/" + inside.string("id") + ":unavailable/resolve", Map.of("resolution", "RESOLVED"),
                recruiter), 404, "CONFLICT_NOT_FOUND");
        refused(api.post(BASE + "/conflicts/nothing/resolve", Map.of("resolution", "RESOLVED"), recruiter), 404, "CONFLICT_NOT_FOUND");

        String id = pattern.string("id");
        Reply changed = ok(api.put(BASE + "/availability/" + id, weekly(null, 1, "09:00", "17:00"), acme.interviewer().token()));
        assertEquals("17:00:00", api.get(BASE + "/availability?minPosition=" + changed.position(), recruiter).list().get(0)
                .get("endTime"));
        Reply late = world.slot(acme, at(monday, "16:00", BERLIN), at(monday, "17:00", BERLIN), 1);
        assertEquals(1, api.get(BASE + "/conflicts?resolution=PENDING&minPosition=" + late.position(), recruiter).list().size(),
                "inside the changed pattern: no new conflict");
        refused(api.put(BASE + "/availability/" + id, weekly(null, 8, "09:00", "17:00"), recruiter), 400, "VALIDATION_FAILED");
        refused(api.put(BASE + "/availability/" + id, weekly(null, 1, "17:00", "09:00"), recruiter), 400, "INVALID_SLOT_TIME");

        Reply removed = ok(api.delete(BASE + "/availability/" + id, recruiter));
        assertEquals(List.of(), api.get(BASE + "/availability?interviewerId=" + ivy + "&minPosition=" + removed.position(),
                recruiter).list());
        refused(api.delete(BASE + "/availability/" + id, recruiter), 409, "AVAILABILITY_REMOVED");
        refused(api.delete(BASE + "/availability/no-such-pattern", recruiter), 404, "AVAILABILITY_NOT_FOUND");
        LocalDate next = monday.plusWeeks(1);
        Reply uncovered = world.slot(acme, at(next, "09:00", BERLIN), at(next, "10:00", BERLIN), 1);
        assertEquals(2, api.get(BASE + "/conflicts?resolution=PENDING&minPosition=" + uncovered.position(), recruiter).list().size(),
                "with the pattern removed, the morning is uncovered too");
    }

    @Test
    void recurringCreationReportsEveryOccurrenceAndAtomicCreatesAllOrNothing() {
        Company acme = world.company();
        String recruiter = acme.recruiter().token();
        String ivy = acme.interviewer().id();
        LocalDate monday = day(8, DayOfWeek.MONDAY);
        for (int weekday = 1; weekday <= 3; weekday++) {
            Map<String, Object> body = weekly(ivy, weekday, "08:00", "18:00");
            body.put("maxSlotsPerDay", 2);
            body.put("validUntil", monday.plusDays(1).toString());
            ok(api.post(BASE + "/availability", body, recruiter));
        }
        long existing = world.slot(acme, at(monday, "10:30", BERLIN), at(monday, "11:30", BERLIN), 1).position();
        Map<String, Object> series = new HashMap<>(Map.of("interviewerId", ivy, "startDate", monday.toString(),
                "endDate", monday.plusDays(3).toString(), "startTime", "09:00", "endTime", "13:00",
                "daysOfWeek", List.of(1, 2, 3, 4), "slotDuration", 60, "breakDuration", 0, "maxCandidatesPerSlot", 2,
                "zone", BERLIN));

        refused(api.post(BASE + "/slots/recurring?atomic=true", series, recruiter), 409, "RECURRING_NOT_ATOMIC");
        assertEquals(1, api.get(BASE + "/slots?interviewerId=" + ivy + "&minPosition=" + existing, recruiter).list().size(),
                "atomic: nothing created");

        Reply report = api.post(BASE + "/slots/recurring", series, recruiter);
        assertEquals(201, report.status(), report.toString());
        Map<String, String> created = occurrences(report, "created");
        Map<String, String> skipped = occurrences(report, "skipped");
        Map<String, String> conflicting = occurrences(report, "conflicting");
        String mon = monday.toString();
        String tue = monday.plusDays(1).toString();
        String wed = monday.plusDays(2).toString();
        String thu = monday.plusDays(3).toString();
        Map<String, String> expectedCreated = new HashMap<>(Map.of(mon + "T09:00", "", tue + "T09:00", "", tue + "T10:00", ""));
        for (String time : List.of("09:00", "10:00", "11:00", "12:00")) {
            expectedCreated.put(thu + "T" + time, "INTERVIEWER_UNAVAILABLE");
        }
        assertEquals(expectedCreated, created);
        assertEquals(Map.of(mon + "T12:00", "MAX_SLOTS_PER_DAY", tue + "T11:00", "MAX_SLOTS_PER_DAY",
                tue + "T12:00", "MAX_SLOTS_PER_DAY", wed + "T09:00", "OUTSIDE_VALIDITY", wed + "T10:00", "OUTSIDE_VALIDITY",
                wed + "T11:00", "OUTSIDE_VALIDITY", wed + "T12:00", "OUTSIDE_VALIDITY"), skipped);
        assertEquals(Map.of(mon + "T10:00", "OVERLAP", mon + "T11:00", "OVERLAP"), conflicting);

        world.awaitSeries(report);
        List<Map<String, Object>> slots = api.get(BASE + "/slots?interviewerId=" + ivy, recruiter).list();
        assertEquals(8, slots.size());
        List<Map<String, Object>> recurring = slots.stream().filter(s -> "RECURRING".equals(s.get("type"))).toList();
        assertEquals(7, recurring.size());
        recurring.forEach(s -> {
            assertEquals(report.string("seriesId"), s.get("seriesId"));
            assertEquals(2, s.get("maxCandidates"));
            assertEquals("1,2,3,4", s.get("seriesDays"));
        });
        assertEquals(4, api.get(BASE + "/conflicts", recruiter).list().size(),
                "Thursday's four occurrences are conflicts, each in its slot's stream");

        Map<String, Object> clean = new HashMap<>(series);
        clean.putAll(Map.of("startDate", monday.plusWeeks(1).toString(), "endDate", monday.plusWeeks(1).plusDays(1).toString(),
                "daysOfWeek", List.of(4, 5), "atomic", true));
        clean.remove("interviewerId");
        Reply own = api.post(BASE + "/slots/recurring", clean, acme.interviewer().token());
        assertEquals(201, own.status(), own.toString());
        assertEquals(0, ((List<?>) own.json().get("created")).size(), "Monday and Tuesday of that week are not Thu/Fri");
        clean.putAll(Map.of("endDate", monday.plusWeeks(1).plusDays(4).toString()));
        Reply all = api.post(BASE + "/slots/recurring", clean, acme.interviewer().token());
        assertEquals(8, ((List<?>) all.json().get("created")).size(), all.toString());

        Map<String, Object> invalid = new HashMap<>(series);
        invalid.put("daysOfWeek", List.of(0));
        refused(api.post(BASE + "/slots/recurring", invalid, recruiter), 400, "VALIDATION_FAILED");
        invalid.putAll(Map.of("daysOfWeek", List.of(1), "endDate", monday.minusDays(1).toString()));
        refused(api.post(BASE + "/slots/recurring", invalid, recruiter), 400, "VALIDATION_FAILED");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> occurrences(Reply report, String list) {
        Map<String, String> result = new HashMap<>();
        for (Map<String, Object> occurrence : (List<Map<String, Object>>) report.json().get(list)) {
            Object reason = occurrence.get("reason");
            result.put((String) occurrence.get("local"), reason == null ? "" : reason.toString());
        }
        return result;
    }

    @Test
    void aRecurringSeriesKeepsItsWallClockTimeAcrossDstChangesInBerlinAndNewYork() {
        Company acme = world.company();
        for (String zoneName : List.of("Europe/Berlin", "America/New_York")) {
            ZoneId zone = ZoneId.of(zoneName);
            ZoneOffsetTransition spring = zone.getRules().nextTransition(Instant.now().plus(Duration.ofDays(7)));
            ZoneOffsetTransition autumn = zone.getRules().nextTransition(spring.getInstant());
            for (ZoneOffsetTransition change : List.of(spring, autumn)) {
                LocalDate changeDay = change.getDateTimeAfter().toLocalDate();
                Reply report = api.post(BASE + "/slots/recurring", Map.of("interviewerId", acme.interviewer().id(),
                        "startDate", changeDay.minusDays(2).toString(), "endDate", changeDay.plusDays(2).toString(),
                        "startTime", "09:00", "endTime", "10:30", "daysOfWeek", List.of(1, 2, 3, 4, 5, 6, 7),
                        "slotDuration", 60, "zone", zoneName, "atomic", true), acme.recruiter().token());
                assertEquals(201, report.status(), report.toString());
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> created = (List<Map<String, Object>>) report.json().get("created");
                assertEquals(5, created.size(), report.toString());
                for (int i = 0; i < 5; i++) {
                    LocalDate date = changeDay.minusDays(2).plusDays(i);
                    Instant start = Instant.parse((String) created.get(i).get("start"));
                    assertEquals(date.atTime(9, 0), start.atZone(zone).toLocalDateTime(), zoneName + " " + date);
                    assertEquals(Duration.ofHours(1), Duration.between(start, Instant.parse((String) created.get(i).get("end"))));
                    assertEquals((date.isBefore(changeDay) ? change.getOffsetBefore() : change.getOffsetAfter()),
                            start.atZone(zone).getOffset(), zoneName + " " + date);
                }
            }
        }
    }

    @Test
    void searchAndAvailableSlotsFindOpenFutureSlotsByRangeWindowAndLength() {
        Company acme = world.company();
        String recruiter = acme.recruiter().token();
        LocalDate day = day(10, DayOfWeek.THURSDAY);
        Reply shortSlot = world.slot(acme, at(day, "09:00", BERLIN), at(day, "09:30", BERLIN), 1);
        Reply longSlot = world.slot(acme, at(day, "10:00", BERLIN), at(day, "11:00", BERLIN), 1);
        String shortOne = shortSlot.string("id");
        String longOne = longSlot.string("id");
        String fullOne = world.slot(acme, at(day, "14:00", BERLIN), at(day, "15:00", BERLIN), 1).string("id");
        Api.User candidate = world.candidate();
        long position = world.book(fullOne, world.interview(recruiter, candidate.id()), recruiter).position();
        world.await(shortSlot.position(), longSlot.position());

        Map<String, Object> range = Map.of("startDate", day.toString(), "endDate", day.toString(), "companyId", acme.id());
        assertEquals(List.of(shortOne, longOne), ids(api.post(BASE + "/slots/search?minPosition=" + position, range, recruiter), "slotId"));
        Map<String, Object> longEnough = new HashMap<>(range);
        longEnough.put("duration", 45);
        assertEquals(List.of(longOne), ids(api.post(BASE + "/slots/search", longEnough, recruiter), "slotId"));
        Map<String, Object> window = new HashMap<>(range);
        window.putAll(Map.of("startTime", "09:00", "endTime", "10:30", "zone", BERLIN));
        assertEquals(List.of(shortOne), ids(api.post(BASE + "/slots/search", window, recruiter), "slotId"));
        window.putAll(Map.of("startTime", "09:00", "endTime", "10:00", "zone", "UTC"));
        assertEquals(List.of(longOne), ids(api.post(BASE + "/slots/search", window, recruiter), "slotId"),
                "the window is read in the search's zone: 10:00–11:00 in Berlin is 09:00–10:00 UTC");
        Map<String, Object> elsewhere = Map.of("startDate", day.plusDays(1).toString(), "endDate", day.plusDays(2).toString(),
                "companyId", acme.id());
        assertEquals(List.of(), api.post(BASE + "/slots/search", elsewhere, recruiter).list());
        refused(api.post(BASE + "/slots/search", Map.of("startDate", day.toString(), "endDate", day.minusDays(1).toString()),
                recruiter), 400, "VALIDATION_FAILED");

        assertEquals(List.of(shortOne, longOne), ids(api.get(BASE + "/available-slots?startDate=" + day + "&endDate=" + day
                + "&interviewerId=" + acme.interviewer().id(), recruiter), "slotId"));
        assertEquals(List.of(shortOne, longOne), ids(api.post(BASE + "/slots/search", range, candidate.token()), "slotId"),
                "a candidate interviewing with the company sees its open slots");
        assertEquals(List.of(), api.post(BASE + "/slots/search", range, world.candidate().token()).list(),
                "a candidate without an interview there sees none");
    }
}
