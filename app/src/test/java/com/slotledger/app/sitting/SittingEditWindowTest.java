package com.slotledger.app.sitting;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The edit window over HTTP with the application's clock moved: a supervisor may change attendance from the slot's
 * start to 23:59:59 of its local date; from 00:00:00 the next day only a data operator may; one second before the
 * start nobody may. The slot sits on the zone's next DST day, whose length is not 24 hours.
 */
@MicronautTest(transactional = false)
class SittingEditWindowTest extends IntegrationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    MovableClock clock;

    @Override
    public Map<String, String> getProperties() {
        return MovableClock.on(super.getProperties());
    }

    @Test
    void theWindowOpensAtTheStartAndClosesAtLocalMidnightOnADstDay() {
        signIn();
        SittingWorld world = new SittingWorld(api, admin);
        ZoneOffsetTransition transition = BERLIN.getRules().nextTransition(Instant.now().plusSeconds(86400));
        LocalDate day = transition.getDateTimeAfter().toLocalDate();
        Instant start = day.atTime(LocalTime.of(9, 0)).atZone(BERLIN).toInstant();
        Instant lastSecond = day.atTime(LocalTime.of(23, 59, 59)).atZone(BERLIN).toInstant();
        Instant nextMidnight = day.plusDays(1).atStartOfDay(BERLIN).toInstant();
        // a 23- or 25-hour day: "start of the day plus 24 hours" would be the wrong close
        assertNotEquals(day.atStartOfDay(BERLIN).toInstant().plusSeconds(86400), nextMidnight);

        SittingWorld.Exam exam = world.exam(start, BERLIN.getId(), 1);
        Api.User operator = world.operator();
        String path = "/api/v1/exam-attendance/" + exam.attendance(0);

        clock.set(start.minusSeconds(1));
        assertEquals("EDIT_WINDOW_NOT_OPEN", mark(path, "PRESENT", exam.supervisor()).string("code"));
        assertEquals("EDIT_WINDOW_NOT_OPEN", mark(path, "PRESENT", operator).string("code"));

        clock.set(start);
        assertEquals(200, mark(path, "PRESENT", exam.supervisor()).status());

        clock.set(lastSecond);
        Reply late = mark(path, "ABSENT", exam.supervisor());
        assertEquals(200, late.status(), late.toString());

        clock.set(nextMidnight);
        Reply closed = mark(path, "PRESENT", exam.supervisor());
        assertEquals(409, closed.status());
        assertEquals("EDIT_WINDOW_CLOSED", closed.string("code"));
        long position = world.ok(mark(path, "PRESENT", operator)).position();

        Map<String, Object> record = api.get(path + "?minPosition=" + position, admin).json();
        assertEquals("PRESENT", record.get("status"));
        assertEquals("MANUAL", record.get("method"));
        assertEquals("by " + operator.username(), record.get("remark"));
        assertEquals(operator.id(), record.get("markedBy"));
        assertEquals(nextMidnight.toString(), record.get("markedAt"));
    }

    private Reply mark(String path, String status, Api.User user) {
        return api.put(path, Map.of("status", status, "remark", "by " + user.username()), user.token());
    }
}
