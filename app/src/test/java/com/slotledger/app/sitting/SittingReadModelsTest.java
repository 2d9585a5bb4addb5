package com.slotledger.app.sitting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slotledger.app.database.DatabasePool;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.ReadModelRows;
import com.slotledger.command.sitting.SittingIds;
import com.slotledger.command.sitting.Slot;
import com.slotledger.query.sitting.ReferenceProjection;
import com.slotledger.query.sitting.SittingProjection;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.sse.SseClient;
import io.micronaut.http.sse.Event;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the sitting's read side gives beyond single records: exports that open as spreadsheets, the live stream of
 * attendance changes, a replay that rebuilds every attendance view row for row, and a slot snapshot that reads
 * back as it was written.
 */
@MicronautTest(transactional = false)
class SittingReadModelsTest extends SittingSessionTest {

    @Inject
    @Client("/")
    SseClient sse;

    @Inject
    DatabasePool pool;

    @Inject
    EventStore eventStore;

    @Inject
    Configuration axon;

    @Test
    void exportsOfOneOrSeveralSlotsOpenAsSpreadsheets() throws Exception {
        SittingWorld.Exam first = world.exam(start, BERLIN.getId(), 2);
        SittingWorld.Exam second = world.exam(start, BERLIN.getId(), 1);
        world.ok(api.put("/api/v1/exam-attendance/" + first.attendance(1), Map.of("status", "PRESENT", "remark", "seen"),
                first.supervisor().token()));
        String wait = "&minPosition=" + world.position;

        Download xlsx = Download.get(client, "/api/v1/exam-attendance/export?format=xlsx&slotIds=" + first.slot() + ","
                + second.slot() + wait, admin);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet attendance = workbook.getSheet("Attendance");
            assertEquals(3, attendance.getLastRowNum(), "a header and one row per record");
            Row header = attendance.getRow(0);
            assertEquals("slotId", header.getCell(0).getStringCellValue());
            int status = column(header, "status");
            int remark = column(header, "remark");
            List<String> statuses = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                statuses.add(attendance.getRow(r).getCell(status).getStringCellValue());
            }
            assertEquals(1, statuses.stream().filter("PRESENT"::equals).count());
            assertTrue(rows(attendance).stream().anyMatch(row -> "seen".equals(row.getCell(remark).getStringCellValue())));
            Sheet summary = workbook.getSheet("Summary");
            assertEquals(2, summary.getLastRowNum());
            assertEquals(first.slot(), summary.getRow(1).getCell(0).getStringCellValue());
            assertEquals(2.0, summary.getRow(1).getCell(column(summary.getRow(0), "total")).getNumericCellValue());
            assertEquals(1.0, summary.getRow(1).getCell(column(summary.getRow(0), "present")).getNumericCellValue());
        }

        Download csv = Download.get(client, "/api/v1/exam-attendance/export?slotIds=" + first.slot() + "&slotIds="
                + second.slot() + wait, admin);
        assertTrue(csv.contentType().startsWith("text/csv"));
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8))).getRecords();
        assertEquals(3, records.size());
        assertEquals(Set.of(first.slot(), second.slot()), Set.copyOf(records.stream().map(r -> r.get("slotId")).toList()));
        assertEquals("09:00", records.get(0).get("localStart").substring(11, 16), "the wall-clock start in the slot's zone");

        Download one = Download.get(client, "/api/v1/exam-slots/" + second.slot() + "/attendance-report?format=csv" + wait,
                second.supervisor().token());
        assertEquals(2, new String(one.body(), StandardCharsets.UTF_8).strip().split("\n").length);
        assertEquals(400, api.get("/api/v1/exam-attendance/export?format=pdf&slotIds=" + first.slot(), admin).status());
        assertEquals(400, api.get("/api/v1/exam-attendance/export", admin).status());
        assertEquals("NOT_ASSIGNED", api.get("/api/v1/exam-attendance/export?slotIds=" + first.slot() + ","
                + second.slot(), second.supervisor().token()).string("code"));
    }

    @Test
    void theLiveStreamSendsEveryAttendanceChangeOfItsSlot() throws Exception {
        SittingWorld.Exam exam = world.exam(start, BERLIN.getId(), 2);
        SittingWorld.Exam other = world.exam(start, BERLIN.getId(), 1);
        BlockingQueue<Event<Map>> events = new LinkedBlockingQueue<>();
        Disposable listening = Flux.from(sse.eventStream(HttpRequest.GET("/api/v1/slot-session/" + exam.slot() + "/events")
                .bearerAuth(exam.supervisor().token()), Map.class)).subscribe(events::add);
        try {
            Event<Map> hello = events.poll(10, TimeUnit.SECONDS);
            assertNotNull(hello, "the stream opens with the slot's status");
            assertEquals("status", hello.getName());
            assertEquals(2, ((Number) hello.getData().get("total")).intValue());

            world.ok(api.put("/api/v1/exam-attendance/" + other.attendance(0), Map.of("status", "PRESENT"), admin));
            world.ok(api.put("/api/v1/exam-attendance/" + exam.attendance(1), Map.of("status", "ABSENT", "remark", "no show"),
                    exam.supervisor().token()));
            Event<Map> change = events.poll(10, TimeUnit.SECONDS);
            assertNotNull(change, "the change arrives");
            assertEquals("attendance", change.getName());
            assertEquals(exam.attendance(1), change.getData().get("attendanceId"), "another slot's change is not sent");
            assertEquals("ABSENT", change.getData().get("status"));
            assertEquals("no show", change.getData().get("remark"));

            world.ok(api.post("/api/v1/slot-session/" + exam.slot() + "/start-exam", null, exam.supervisor().token()));
            new Recognitions(api, world, recognition, exam.slot(), "EXAM")
                    .reasons(null, new Recognitions(api, world, recognition, exam.slot(), "EXAM")
                            .seen(exam.students().get(0).id(), 0.9, "s1", null));
            List<Object> statuses = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Event<Map> next = events.poll(10, TimeUnit.SECONDS);
                assertNotNull(next);
                assertEquals(exam.attendance(0), next.getData().get("attendanceId"));
                statuses.add(next.getData().get("status"));
            }
            assertTrue(statuses.contains("PRESENT"), statuses.toString());
        } finally {
            listening.dispose();
        }
        Download refused = Download.get(client, "/api/v1/slot-session/" + exam.slot() + "/events",
                other.supervisor().token(), MediaType.TEXT_EVENT_STREAM_TYPE);
        assertEquals(403, refused.status(), refused.text());
        assertTrue(refused.text().contains("NOT_ASSIGNED"), refused.text());
    }

    @Test
    void aReplayRebuildsTheAttendanceReadModelsRowForRowAndASlotSnapshotReadsBack() throws Exception {
        SittingWorld.Exam exam = world.exam(start, BERLIN.getId(), 3);
        Recognitions callback = new Recognitions(api, world, recognition, exam.slot(), "EXAM");
        world.ok(api.post("/api/v1/slot-session/" + exam.slot() + "/start-exam", null, exam.supervisor().token()));
        callback.reasons(null, callback.seen(exam.students().get(0).id(), 0.9, "r1", Recognitions.jpeg()),
                callback.seen(exam.students().get(1).id(), 0.2, "r1", null));
        world.ok(api.post("/api/v1/slot-session/" + exam.slot() + "/stop-exam", null, exam.supervisor().token()));
        world.ok(api.put("/api/v1/exam-attendance/" + exam.attendance(2), Map.of("status", "PRESENT", "remark", "late"),
                exam.supervisor().token()));
        world.ok(api.delete("/api/v1/exam-slots/" + exam.slot() + "/participants/"
                + SittingIds.participant(exam.slot(), exam.subject(), exam.students().get(1).id()), admin));
        // past the snapshot threshold (100 events): rejected recognitions of someone not on the roster
        List<Map<String, Object>> strangers = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            strangers.add(callback.seen("stranger-" + i, 0.99, "x" + i, null));
        }
        Reply rejectedAll = world.ok(callback.send(null, strangers.toArray(Map[]::new)));
        assertEquals(110, ((Number) rejectedAll.json().get("rejected")).intValue());
        world.ok(api.post("/api/v1/slot-session/" + exam.slot() + "/rescan-exam", null, exam.supervisor().token()));
        world.awaitReferences();
        assertEquals(200, api.get("/api/v1/exam-attendance?minPosition=" + world.position, admin).status());
        List<String> before = readModels();

        assertEquals(202, api.post("/api/v1/admin/projections/" + SittingProjection.NAME + "/replay", null, admin).status());
        assertEquals(202, api.post("/api/v1/admin/projections/" + ReferenceProjection.NAME + "/replay", null, admin).status());
        assertEquals(200, awaitReplayed("/api/v1/exam-attendance?minPosition=" + world.position));
        assertEquals(200, awaitReplayed("/api/v1/semesters?minPosition=" + world.referencePosition));
        assertEquals(before, readModels());

        DomainEventStream stream = eventStore.readEvents(exam.slot());
        DomainEventMessage<?> snapshot = stream.peek();
        assertEquals(Slot.class, snapshot.getPayloadType(), "the slot's stream starts from a snapshot");
        byte[] stored = storedSnapshot(exam.slot());
        byte[] again = axon.serializer().serialize(snapshot.getPayload(), byte[].class).getData();
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(stored), json.readTree(again), "the snapshot reads back to the same state");
    }

    /**
     * A restarted processor claims its segments again only at its next claim attempt (seconds apart), so a replay
     * may outlast one read-your-writes wait: ask again, a bounded number of times.
     */
    private int awaitReplayed(String path) {
        Reply reply = api.get(path, admin);
        for (int attempt = 0; attempt < 10 && reply.status() == 503; attempt++) {
            reply = api.get(path, admin);
        }
        return reply.status();
    }

    private List<String> readModels() throws Exception {
        List<String> rows = new ArrayList<>();
        List<String> tables = new ArrayList<>(SittingProjection.TABLES);
        tables.addAll(ReferenceProjection.TABLES);
        for (String table : tables) {
            List<String> tableRows = new ArrayList<>(ReadModelRows.of(pool.dataSource(), table, null));
            assertFalse(tableRows.isEmpty(), table);
            tableRows.sort(String::compareTo);
            rows.addAll(tableRows);
        }
        return rows;
    }

    private byte[] storedSnapshot(String slotId) throws Exception {
        try (Connection connection = pool.dataSource().getConnection();
             var statement = connection.prepareStatement("SELECT payload FROM snapshotevententry WHERE aggregateidentifier = ?")) {
            statement.setString(1, slotId);
            try (ResultSet result = statement.executeQuery()) {
                assertTrue(result.next(), "a snapshot was written");
                return result.getBytes(1);
            }
        }
    }

    private static int column(Row header, String name) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (name.equals(header.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static List<Row> rows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            rows.add(sheet.getRow(r));
        }
        return rows;
    }
}
