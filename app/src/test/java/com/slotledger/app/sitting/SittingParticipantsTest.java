package com.slotledger.app.sitting;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;
import com.slotledger.app.support.IntegrationTest;
import com.slotledger.command.sitting.SittingIds;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's subject and participant rules over HTTP: only exam slots take subjects, a subject before its
 * participants, unique (slot, subject), a student once per subject but possibly in several subjects of one slot,
 * enrolment required, one attendance record per (student, slot), soft removal; and a student's own schedule.
 */
@MicronautTest(transactional = false)
class SittingParticipantsTest extends IntegrationTest {

    SittingWorld world;
    String semesterCode;
    String semester;
    String prfCode;
    String prf;
    String dbiCode;
    String dbi;
    String labCode;
    String lab;
    Api.User ann;
    Api.User bob;
    Api.User cid;
    final Map<String, String> rolls = new HashMap<>();

    @BeforeAll
    void setUp() {
        signIn();
        world = new SittingWorld(api, admin);
        semesterCode = SittingWorld.unique("FA");
        semester = world.semester(semesterCode);
        prfCode = SittingWorld.unique("PRF");
        prf = world.subject(prfCode);
        dbiCode = SittingWorld.unique("DBI");
        dbi = world.subject(dbiCode);
        labCode = SittingWorld.unique("LAB");
        lab = world.subject(labCode);
        ann = student();
        bob = student();
        cid = student();
        world.enrol(ann.id(), prf, semester);
        world.enrol(ann.id(), dbi, semester);
        world.enrol(ann.id(), lab, semester);
        world.enrol(bob.id(), prf, semester);
        world.awaitReferences();
    }

    private Api.User student() {
        String roll = SittingWorld.unique("SE");
        Api.User user = world.student(roll);
        rolls.put(user.id(), roll);
        return user;
    }

    private String slot(String category, String start) {
        return world.slot(semester, world.room(SittingWorld.unique("R")), start, start.replace("T08", "T10"), category, List.of());
    }

    private Reply addSubjects(String slot, String... subjects) {
        return api.post("/api/v1/exam-slots/" + slot + "/subjects", Map.of("subjectIds", List.of(subjects)), admin);
    }

    private Reply addParticipant(String slot, String subject, Api.User student) {
        return api.post("/api/v1/exam-slots/" + slot + "/participants", Map.of("subjectId", subject,
                "studentUserId", student.id()), admin);
    }

    private List<Map<String, Object>> read(String path) {
        Reply reply = api.get(path + (path.contains("?") ? "&" : "?") + "minPosition=" + world.position, admin);
        assertEquals(200, reply.status(), reply.toString());
        return reply.list();
    }

    @Test
    void onlyExamSlotsTakeSubjectsEachOnceAndRemovalIsSoft() {
        String lecture = slot("LECTURE", "2026-12-14T08:00:00Z");
        assertEquals("CATEGORY_TAKES_NO_PARTICIPANTS", addSubjects(lecture, prf).string("code"));
        assertEquals(200, addSubjects(slot("LECTURE_WITH_PT", "2026-12-14T08:00:00Z"), prf).status());

        String exam = slot("FINAL_EXAM", "2026-12-14T08:00:00Z");
        world.ok(addSubjects(exam, prf, dbi));
        Reply again = addSubjects(exam, dbi);
        assertEquals(409, again.status());
        assertEquals("SUBJECT_ALREADY_ASSIGNED", again.string("code"));
        assertEquals("REFERENCE_NOT_FOUND", addSubjects(exam, "no-such-subject").string("code"));
        assertEquals("SLOT_NOT_FOUND", addSubjects("no-such-slot", prf).string("code"));
        assertEquals(400, api.post("/api/v1/exam-slots/" + exam + "/subjects", Map.of("subjectIds", List.of()), admin).status());

        List<Map<String, Object>> subjects = read("/api/v1/exam-slots/" + exam + "/subjects");
        assertEquals(2, subjects.size());
        assertTrue(subjects.stream().allMatch(row -> row.get("code") != null && Boolean.TRUE.equals(row.get("active"))));

        world.ok(api.delete("/api/v1/exam-slots/" + exam + "/subjects/" + dbi, admin));
        assertEquals(List.of(prf), read("/api/v1/exam-slots/" + exam + "/subjects").stream().map(r -> r.get("subjectId")).toList());
        Map<String, Object> removed = read("/api/v1/exam-slots/" + exam + "/subjects?includeRemoved=true").stream()
                .filter(row -> dbi.equals(row.get("subjectId"))).findFirst().orElseThrow();
        assertEquals(false, removed.get("active"));
        assertNotNull(removed.get("removedBy"));
        assertNotNull(removed.get("removedAt"));
        assertEquals("SUBJECT_NOT_ASSIGNED", api.delete("/api/v1/exam-slots/" + exam + "/subjects/" + dbi, admin).string("code"));
        assertEquals("SUBJECT_NOT_ASSIGNED", addParticipant(exam, dbi, ann).string("code"));
    }

    @Test
    void participantsFollowTheSeedsRulesAndShareOneAttendancePerStudent() {
        String exam = slot("FINAL_EXAM", "2026-12-15T08:00:00Z");
        world.ok(addSubjects(exam, prf, dbi));
        assertEquals("SUBJECT_NOT_ASSIGNED", addParticipant(exam, lab, ann).string("code"));

        Reply added = world.ok(addParticipant(exam, prf, ann));
        assertEquals(201, added.status());
        String annPrf = added.string("id");
        assertEquals(SittingIds.participant(exam, prf, ann.id()), annPrf);
        Reply twice = addParticipant(exam, prf, ann);
        assertEquals(409, twice.status());
        assertEquals("PARTICIPANT_EXISTS", twice.string("code"));
        world.ok(addParticipant(exam, dbi, ann));
        world.ok(addParticipant(exam, prf, bob));
        Reply notEnrolled = addParticipant(exam, prf, cid);
        assertEquals(409, notEnrolled.status());
        assertEquals("NOT_ENROLLED", notEnrolled.string("code"));
        assertEquals("NOT_ENROLLED", addParticipant(exam, dbi, bob).string("code"));

        assertEquals(2, read("/api/v1/exam-slots/" + exam + "/participants?subjectId=" + prf).size());
        assertEquals(3, read("/api/v1/exam-slots/" + exam + "/participants").size());
        List<Map<String, Object>> attendance = read("/api/v1/exam-attendance?slotId=" + exam);
        assertEquals(2, attendance.size(), "one record per student, whatever the number of subjects");
        Map<String, Object> annRecord = attendance.stream().filter(r -> ann.id().equals(r.get("studentId"))).findFirst().orElseThrow();
        assertEquals("NOT_YET", annRecord.get("status"));
        assertEquals(2, ((List<?>) annRecord.get("subjectCodes")).size());

        Map<String, Object> one = api.get("/api/v1/exam-slots/" + exam + "/participants/" + annPrf, admin).json();
        assertEquals(prf, one.get("subjectId"));
        assertEquals(true, one.get("enrolled"));
        assertEquals("NOT_YET", one.get("attendanceStatus"));
        assertEquals("PARTICIPANT_NOT_FOUND", api.get("/api/v1/exam-slots/" + exam + "/participants/nope", admin).string("code"));

        world.ok(api.delete("/api/v1/exam-slots/" + exam + "/participants/" + annPrf, admin));
        assertEquals(1, read("/api/v1/exam-slots/" + exam + "/participants?subjectId=" + prf).size());
        Map<String, Object> withdrawn = read("/api/v1/exam-slots/" + exam + "/all-participants").stream()
                .filter(r -> annPrf.equals(r.get("participantId"))).findFirst().orElseThrow();
        assertEquals(false, withdrawn.get("enrolled"));
        assertNotNull(withdrawn.get("withdrawnBy"));
        assertNotNull(withdrawn.get("withdrawnAt"));
        assertEquals(2, read("/api/v1/exam-attendance?slotId=" + exam).size(), "attendance history stays");

        world.ok(api.put("/api/v1/exam-slots/" + exam + "/participants/" + annPrf, Map.of("enrolled", true), admin));
        assertEquals(2, read("/api/v1/exam-slots/" + exam + "/participants?subjectId=" + prf).size());
        assertEquals(400, api.put("/api/v1/exam-slots/" + exam + "/participants/" + annPrf, Map.of(), admin).status());
        assertEquals("PARTICIPANT_NOT_FOUND", api.delete("/api/v1/exam-slots/" + exam + "/participants/nope", admin).string("code"));
    }

    @Test
    void aStudentSeesOnlyTheirOwnSchedule() {
        String exam = slot("FINAL_EXAM", "2026-12-16T08:00:00Z");
        world.ok(addSubjects(exam, prf, dbi));
        world.ok(addParticipant(exam, prf, ann));
        String annDbi = world.ok(addParticipant(exam, dbi, ann)).string("id");
        world.ok(addParticipant(exam, prf, bob));

        List<Map<String, Object>> mine = api.get("/api/v1/me/exam-schedule?minPosition=" + world.position, ann.token()).list();
        List<Map<String, Object>> here = mine.stream().filter(r -> exam.equals(r.get("slotId"))).toList();
        assertEquals(2, here.size());
        assertEquals("2026-12-16T08:00:00Z", here.get(0).get("startsAt"));
        assertEquals("NOT_YET", here.get(0).get("attendanceStatus"));
        assertNotNull(here.get(0).get("roomName"));
        assertEquals(1, api.get("/api/v1/me/exam-schedule?minPosition=" + world.position, bob.token()).list().stream()
                .filter(r -> exam.equals(r.get("slotId"))).count());
        assertTrue(api.get("/api/v1/me/exam-schedule?from=2026-12-17T00:00:00Z", ann.token()).list().stream()
                .noneMatch(r -> exam.equals(r.get("slotId"))));
        assertEquals(400, api.get("/api/v1/me/exam-schedule?from=soon", ann.token()).status());

        world.ok(api.delete("/api/v1/exam-slots/" + exam + "/participants/" + annDbi, admin));
        assertEquals(1, api.get("/api/v1/me/exam-schedule?minPosition=" + world.position, ann.token()).list().stream()
                .filter(r -> exam.equals(r.get("slotId"))).count());
        assertEquals(403, api.get("/api/v1/me/exam-schedule", world.supervisor().token()).status());
    }

    @Test
    void aCsvImportAppliesGoodRowsReportsBadOnesAndChangesNothingTheSecondTime() {
        String roomName = SittingWorld.unique("R");
        String exam = world.slot(semester, world.room(roomName), "2026-12-17T08:00:00Z", "2026-12-17T10:00:00Z",
                "FINAL_EXAM", List.of());
        world.ok(addSubjects(exam, prf));
        world.ok(addSubjects(exam, dbi));
        String instant = "2026-12-17T08:00:00Z";
        String csv = String.join("\n",
                "semester_code,start_time,room_name,subject_code,roll_number",
                row(instant, roomName, prfCode, ann),                            // 2 ADDED
                row("2026-12-17 09:00", roomName, dbiCode, ann),                 // 3 ADDED: wall clock in the slot's zone
                row(instant, roomName, prfCode, ann),                            // 4 DUPLICATE of row 2
                row(instant, roomName, prfCode, bob),                            // 5 ADDED
                semesterCode + "," + instant + "," + roomName + "," + prfCode + ",NO-SUCH-ROLL", // 6 REFERENCE_NOT_FOUND
                row(instant, roomName, prfCode, cid),                            // 7 NOT_ENROLLED
                row(instant, "No such room", prfCode, ann),                      // 8 REFERENCE_NOT_FOUND
                row(instant, roomName, labCode, ann),             // 9 SUBJECT_NOT_ASSIGNED
                row("2026-12-17T10:00:00Z", roomName, prfCode, ann),             // 10 SLOT_NOT_FOUND
                semesterCode + "," + instant + "," + roomName + "," + prfCode + ",", // 11 INVALID: empty roll number
                row("tomorrow", roomName, prfCode, ann)) + "\n";                 // 12 INVALID: not a date-time

        Reply first = upload(csv, "AddOnly");
        assertEquals(200, first.status(), first.toString());
        Map<String, Object> report = first.json();
        assertEquals(11, number(report, "rows"));
        assertEquals(3, number(report, "added"));
        assertEquals(1, number(report, "duplicates"));
        assertEquals(7, number(report, "refused"));
        List<Map<String, Object>> outcomes = outcomes(report);
        assertEquals(List.of("ADDED", "ADDED", "DUPLICATE", "ADDED", "REFUSED", "REFUSED", "REFUSED", "REFUSED",
                "REFUSED", "INVALID", "INVALID"), outcomes.stream().map(o -> o.get("outcome")).toList());
        assertEquals(List.of("REFERENCE_NOT_FOUND", "NOT_ENROLLED", "REFERENCE_NOT_FOUND", "SUBJECT_NOT_ASSIGNED",
                "SLOT_NOT_FOUND", "VALIDATION_FAILED", "VALIDATION_FAILED"),
                outcomes.subList(4, 11).stream().map(o -> o.get("code")).toList());
        assertEquals(12, ((Number) outcomes.get(10).get("row")).intValue());
        long position = number(report, "position");
        world.position = Math.max(world.position, position);
        assertEquals(3, read("/api/v1/exam-slots/" + exam + "/participants").size());
        assertEquals(2, read("/api/v1/exam-attendance?slotId=" + exam).size());

        Map<String, Object> again = upload(csv, "AddAndUpdate").json();
        assertEquals(0, number(again, "added"));
        assertEquals(3, number(again, "unchanged"));
        assertEquals(position, number(again, "position"), "re-importing the same file appends no event");

        String bobPrf = SittingIds.participant(exam, prf, bob.id());
        world.ok(api.delete("/api/v1/exam-slots/" + exam + "/participants/" + bobPrf, admin));
        String bobOnly = "semester_code,start_time,room_name,subject_code,roll_number\n" + row(instant, roomName, prfCode, bob);
        assertEquals("UNCHANGED", outcomes(upload(bobOnly, "AddOnly").json()).get(0).get("outcome"));
        assertEquals(2, read("/api/v1/exam-slots/" + exam + "/participants").size(), "AddOnly leaves a withdrawn participant");
        Map<String, Object> update = upload(bobOnly, "AddAndUpdate").json();
        assertEquals("REENROLLED", outcomes(update).get(0).get("outcome"));
        world.position = Math.max(world.position, number(update, "position"));
        assertEquals(3, read("/api/v1/exam-slots/" + exam + "/participants").size());

        assertEquals(400, upload(bobOnly, "Replace").status());
        Reply noFile = api.send(HttpRequest.POST("/api/v1/exam-slot-participants/import",
                MultipartBody.builder().addPart("mode", "AddOnly").build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin);
        assertEquals(400, noFile.status(), noFile.toString());
        Reply notMultipart = api.post("/api/v1/exam-slot-participants/import", Map.of("file", "x"), admin);
        assertEquals(415, notMultipart.status(), notMultipart.toString());
        Reply noHeader = upload("a,b,c\n1,2,3\n", "AddOnly");
        assertEquals(400, noHeader.status());
        assertEquals("VALIDATION_FAILED", noHeader.string("code"));
    }

    private String row(String start, String room, String subjectCode, Api.User student) {
        return semesterCode + "," + start + "," + room + "," + subjectCode + "," + rolls.get(student.id());
    }

    private Reply upload(String csv, String mode) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "participants.csv", MediaType.TEXT_CSV_TYPE, csv.getBytes(StandardCharsets.UTF_8))
                .addPart("mode", mode).build();
        return api.send(HttpRequest.POST("/api/v1/exam-slot-participants/import", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> outcomes(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("outcomes");
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }
}
