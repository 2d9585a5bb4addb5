package com.slotledger.query.centre;

import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.query.shared.CsvExport;
import com.slotledger.query.shared.MinPosition;
import com.slotledger.query.shared.ReadYourWrites;
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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The seed's export_exam_results (CSV, XLSX) and generate_center_report (JSON, XLSX) over HTTP. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class CentreReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CentreReports reports;
    private final CentreRepositories.Exams exams;
    private final ReadYourWrites readYourWrites;

    CentreReportController(CentreReports reports, CentreRepositories.Exams exams, ReadYourWrites readYourWrites) {
        this.reports = reports;
        this.exams = exams;
        this.readYourWrites = readYourWrites;
    }

    @Get("/exams/{id}/results/export")
    @Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "AUDITOR"})
    HttpResponse<byte[]> exportResults(@PathVariable String id, @Nullable @QueryValue String format,
                                       @Nullable @QueryValue Long minPosition,
                                       @Nullable @Header(MinPosition.HEADER) Long header, Actor actor) {
        readYourWrites.await(CentreProjection.NAME, MinPosition.of(minPosition, header));
        exams.findById(id).filter(exam -> actor.mayAccessCentre(exam.centreId()))
                .orElseThrow(() -> new DomainRejection(ErrorCode.EXAM_NOT_FOUND, "No exam " + id + "."));
        List<List<Object>> rows = reports.resultRows(id, actor.centreFilter());
        if ("xlsx".equals(format)) {
            List<List<Object>> sheet = new ArrayList<>();
            sheet.add(new ArrayList<>(CentreReports.RESULT_COLUMNS));
            sheet.addAll(rows);
            return file(reports.xlsx(Map.of("Results", sheet)), XLSX, "results-" + id + ".xlsx");
        }
        requireFormat(format, "csv");
        return file(CsvExport.of(CentreReports.RESULT_COLUMNS, rows), "text/csv", "results-" + id + ".csv");
    }

    @Get("/centres/{centreId}/report")
    @Secured({"ADMIN", "DATA_OPERATOR", "SUPERVISOR", "AUDITOR"})
    HttpResponse<?> report(@PathVariable String centreId, @QueryValue String date, @Nullable @QueryValue String format,
                           @Nullable @QueryValue Long minPosition, @Nullable @Header(MinPosition.HEADER) Long header,
                           Actor actor) {
        readYourWrites.await(CentreProjection.NAME, MinPosition.of(minPosition, header));
        if (!actor.mayAccessCentre(centreId)) {
            throw new DomainRejection(ErrorCode.OUT_OF_SCOPE, "You may report only on your own centre.");
        }
        CentreReport report = reports.report(centreId, parse(date));
        if ("xlsx".equals(format)) {
            return file(reports.xlsx(report), XLSX, "centre-" + centreId + "-" + date + ".xlsx");
        }
        requireFormat(format, "json");
        return HttpResponse.ok(report);
    }

    private static void requireFormat(String format, String fallback) {
        if (format != null && !format.equals(fallback)) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "format must be " + fallback + " or xlsx.");
        }
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "date must be YYYY-MM-DD.");
        }
    }

    private static HttpResponse<byte[]> file(byte[] content, String type, String name) {
        return HttpResponse.ok(content).contentType(MediaType.of(type))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
