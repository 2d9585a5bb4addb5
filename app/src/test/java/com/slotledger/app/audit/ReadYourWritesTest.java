package com.slotledger.app.audit;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A read waits for a position only as long as the projection owes an event up to it: a write this projection
 * does not handle is no reason to wait, even though its segments store their tokens only now and then.
 */
@MicronautTest(transactional = false)
class ReadYourWritesTest extends IntegrationTest {

    @BeforeAll
    void setUp() {
        signIn();
    }

    @Test
    void aProjectionThatDoesNotHandleTheWriteAnswersAtOnce() {
        long candidate = api.post("/api/v1/candidates", Map.of("name", "Ryw", "rollNumber", Api.unique("RYW"),
                "trade", "ryw"), admin).position();

        assertEquals(200, api.get("/api/v1/semesters?minPosition=" + candidate, admin).status(),
                "the reference projection owes nothing up to a candidate's registration");
        assertEquals(200, api.get("/api/v1/exams?minPosition=" + candidate, admin).status());
    }

    @Test
    void aProjectionThatHandlesTheWriteShowsIt() {
        String roll = Api.unique("RYW");
        long position = api.post("/api/v1/candidates", Map.of("name", "Ryw", "rollNumber", roll, "trade", "ryw"),
                admin).position();

        assertEquals(roll, api.get("/api/v1/candidates?trade=ryw&minPosition=" + position, admin).list().stream()
                .map(row -> row.get("rollNumber")).filter(roll::equals).findFirst().orElse(null));
    }
}
