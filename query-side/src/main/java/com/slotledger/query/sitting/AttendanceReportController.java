package com.slotledger.query.sitting;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.query.shared.CsvExport;
import com.slotledger.query.shared.MinPosition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A slot's attendance report (JSON, or the export's CSV/XLSX), and the export of one or several slots. Permission
 * ATTENDANCE_READ: ADMIN, DATA_OPERATOR, AUDITOR, and the assigned supervisors of every slot asked for.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "AUDITOR"})
class AttendanceReportController {

    private static final int MAX_SLOTS = 100;

    private final AttendanceReports reports;
    private final SlotAccess access;
    private final SittingReads reads;

    AttendanceReportController(AttendanceReports reports, SlotAccess access, SittingReads reads) {
        this.reports = reports;
        this.access = access;
        this.reads = reads;
    }

    @Get("/exam-slots/{slotId}/attendance-report")
    HttpResponse<?> report(@PathVariable String slotId, @Nullable @QueryValue String format,
                           @Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header,
                           Actor actor) {
        reads.await(minPosition, header);
        Map<String, Object> slot = access.slot(slotId, actor);
        if (format == null || format.equals("json")) {
            return HttpResponse.ok(reports.report(slot));
        }
        return export(List.of(slot), format, "attendance-" + slotId);
    }

    /** {@code slotIds}: comma-separated or repeated; every slot must be visible to the caller. */
    @Get("/exam-attendance/export")
    HttpResponse<?> export(@Nullable @QueryValue List<String> slotIds, @Nullable @QueryValue String format,
                           @Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header,
                           Actor actor) {
        Set<String> ids = new LinkedHashSet<>();
        if (slotIds != null) {
            slotIds.forEach(value -> List.of(value.split(",")).stream().map(String::strip)
                    .filter(id -> !id.isEmpty()).forEach(ids::add));
        }
        if (ids.isEmpty() || ids.size() > MAX_SLOTS) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "slotIds: between 1 and " + MAX_SLOTS + " slot ids.");
        }
        reads.await(minPosition, header);
        List<Map<String, Object>> slots = ids.stream().map(id -> access.slot(id, actor)).toList();
        return export(slots, format == null ? "csv" : format, ids.size() == 1 ? "attendance-" + ids.iterator().next() : "attendance");
    }

    private HttpResponse<byte[]> export(List<Map<String, Object>> slots, String format, String name) {
        List<String> slotIds = slots.stream().map(slot -> (String) slot.get("slotId")).toList();
        List<List<Object>> rows = reports.exportRows(slotIds);
        if (format.equals("csv")) {
            return file(CsvExport.of(AttendanceReports.EXPORT_COLUMNS, rows), AttendanceSheets.CSV, name + ".csv");
        }
        if (!format.equals("xlsx")) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "format: json, csv or xlsx.");
        }
        List<List<Object>> attendance = new ArrayList<>();
        attendance.add(new ArrayList<>(AttendanceReports.EXPORT_COLUMNS));
        attendance.addAll(rows);
        List<List<Object>> summary = new ArrayList<>();
        summary.add(List.of("slotId", "semester", "room", "category", "startsAt", "zone", "total", "present", "absent",
                "notYet", "needsReview"));
        for (Map<String, Object> slot : slots) {
            AttendanceReports.Report report = reports.report(slot);
            summary.add(Arrays.asList(slot.get("slotId"), slot.get("semesterCode"), slot.get("roomName"),
                    slot.get("category"), String.valueOf(slot.get("startsAt")), slot.get("zone"), report.total(),
                    report.byStatus().get("PRESENT"), report.byStatus().get("ABSENT"), report.byStatus().get("NOT_YET"),
                    report.needsReview()));
        }
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Attendance", attendance);
        sheets.put("Summary", summary);
        return file(AttendanceSheets.xlsx(sheets), AttendanceSheets.XLSX, name + ".xlsx");
    }

    private static HttpResponse<byte[]> file(byte[] content, String type, String name) {
        return HttpResponse.ok(content).contentType(MediaType.of(type))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
