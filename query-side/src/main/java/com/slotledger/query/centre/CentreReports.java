package com.slotledger.query.centre;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Result exports (CSV, XLSX) and the centre day report (JSON, XLSX), all read from the projections. */
@Singleton
public class CentreReports {

    public static final List<String> RESULT_COLUMNS = List.of("resultId", "candidateId", "status", "awarded", "outOf",
            "adjustment", "total", "grade", "evaluatorId");

    private final CentreRepositories.Results results;
    private final ConnectionOperations<Connection> connections;

    public CentreReports(CentreRepositories.Results results, ConnectionOperations<Connection> connections) {
        this.results = results;
        this.connections = connections;
    }

    public List<List<Object>> resultRows(String examId, String centreFilter) {
        List<List<Object>> rows = new ArrayList<>();
        for (CentreViews.ResultView r : results.search(centreFilter, examId)) {
            rows.add(java.util.Arrays.asList(r.resultId(), r.candidateId(), r.status(), r.awarded(), r.outOf(),
                    r.adjustment(), r.total(), r.grade(), r.evaluatorId()));
        }
        return rows;
    }

    public byte[] xlsx(Map<String, List<List<Object>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                int r = 0;
                for (List<Object> values : entry.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CentreReport report(String centreId, LocalDate date) {
        return connections.executeRead(status -> {
            try {
                Connection connection = status.getConnection();
                long candidates = count(connection, "SELECT count(*) FROM candidate_view WHERE centre_id = ?", centreId);
                List<CentreReport.ExamLine> exams = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement("""
                        SELECT e.exam_id, e.title, e.status, e.starts_at, e.zone,
                               (SELECT count(*) FROM result_view r WHERE r.exam_id = e.exam_id),
                               (SELECT count(*) FROM result_view r WHERE r.exam_id = e.exam_id AND r.total IS NOT NULL)
                        FROM exam_view e
                        WHERE e.centre_id = ? AND NOT e.deleted AND (e.starts_at AT TIME ZONE e.zone)::date = ?
                        ORDER BY e.starts_at, e.exam_id""")) {
                    statement.setString(1, centreId);
                    statement.setObject(2, date);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            exams.add(new CentreReport.ExamLine(rows.getString(1), rows.getString(2), rows.getString(3),
                                    rows.getObject(4, java.time.OffsetDateTime.class).toInstant().toString(),
                                    rows.getString(5), rows.getLong(6), rows.getLong(7)));
                        }
                    }
                }
                List<String> examIds = exams.stream().map(CentreReport.ExamLine::examId).toList();
                return new CentreReport(centreId, date, candidates, exams, grouped(connection, "status", examIds),
                        grouped(connection, "grade", examIds));
            } catch (SQLException e) {
                throw new IllegalStateException("centre report failed: " + e.getMessage(), e);
            }
        });
    }

    private static Map<String, Long> grouped(Connection connection, String column, List<String> examIds) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + column + ", count(*) FROM result_view"
                + " WHERE exam_id = ANY (?) AND " + column + " IS NOT NULL GROUP BY 1")) {
            statement.setArray(1, connection.createArrayOf("varchar", examIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private static long count(Connection connection, String sql, String param) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, param);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The report as two sheets: the exams of the day, then the totals. */
    public byte[] xlsx(CentreReport report) {
        List<List<Object>> exams = new ArrayList<>();
        exams.add(List.of("examId", "title", "status", "startsAt", "zone", "attended", "finalized"));
        report.exams().forEach(e -> exams.add(List.of(e.examId(), e.title(), e.status(), e.startsAt(), e.zone(),
                e.attended(), e.finalized())));
        List<List<Object>> summary = new ArrayList<>();
        summary.add(List.of("centre", report.centreId()));
        summary.add(List.of("date", report.date().toString()));
        summary.add(List.of("candidates", report.candidates()));
        report.resultsByStatus().forEach((k, v) -> summary.add(List.of("results " + k, v)));
        report.grades().forEach((k, v) -> summary.add(List.of("grade " + k, v)));
        Map<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("Exams", exams);
        sheets.put("Summary", summary);
        return xlsx(sheets);
    }
}
