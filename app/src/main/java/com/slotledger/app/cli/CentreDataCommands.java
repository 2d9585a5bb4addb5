package com.slotledger.app.cli;

import com.slotledger.api.shared.Actor;
import com.slotledger.command.centre.CandidateImport;
import com.slotledger.command.shared.Ids;
import com.slotledger.query.centre.CentreReport;
import com.slotledger.query.centre.CentreReports;
import com.slotledger.query.shared.CsvExport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The seed's bulk_import_candidates, export_exam_results and generate_center_report, as the system user. */
final class CentreDataCommands {

    private CentreDataCommands() {
    }

    static List<Object> commands(Map<String, Object> properties, PrintStream out) {
        return List.of(new BulkImport(properties, out), new ExportResults(properties, out), new Report(properties, out));
    }

    @Command(name = "bulk-import-candidates", mixinStandardHelpOptions = true,
            description = "Register candidates from an XLSX or CSV file (columns name, rollNumber, trade); reports each row.")
    static final class BulkImport extends CentreOperations.Operation {
        @Option(names = "--file", required = true)
        Path file;

        BulkImport(Map<String, Object> properties, PrintStream out) {
            super(properties, out);
        }

        @Override
        void run(ApplicationContext context) throws IOException {
            CandidateImport.Report report = context.getBean(CandidateImport.class).run(Files.readAllBytes(file),
                    Actor.system(Ids.newId()));
            report.outcomes().forEach(row -> out.printf("row %d  %s  %s%s%n", row.row(), row.rollNumber(), row.outcome(),
                    row.code() == null ? "" : "  " + row.code() + ": " + row.detail()));
            out.printf("%d rows: %d imported, %d refused%n", report.rows(), report.imported(), report.refused());
        }
    }

    @Command(name = "export-exam-results", mixinStandardHelpOptions = true,
            description = "Write an exam's results as CSV or XLSX.")
    static final class ExportResults extends CentreOperations.Operation {
        @Option(names = "--exam-id", required = true)
        String examId;
        @Option(names = "--format", defaultValue = "csv", description = "csv or xlsx")
        String format;
        @Option(names = "--output-file", required = true)
        Path output;

        ExportResults(Map<String, Object> properties, PrintStream out) {
            super(properties, out);
        }

        @Override
        void run(ApplicationContext context) throws IOException {
            CentreReports reports = context.getBean(CentreReports.class);
            List<List<Object>> rows = reports.resultRows(examId, null);
            if ("xlsx".equalsIgnoreCase(format)) {
                List<List<Object>> sheet = new ArrayList<>();
                sheet.add(new ArrayList<>(CentreReports.RESULT_COLUMNS));
                sheet.addAll(rows);
                Files.write(output, reports.xlsx(Map.of("Results", sheet)));
            } else {
                Files.write(output, CsvExport.of(CentreReports.RESULT_COLUMNS, rows));
            }
            out.printf("%d results of exam %s written to %s%n", rows.size(), examId, output);
        }
    }

    @Command(name = "generate-centre-report", mixinStandardHelpOptions = true,
            description = "Write a centre's report for a date (candidates, exams held, attendance, results) as JSON or XLSX.")
    static final class Report extends CentreOperations.Operation {
        @Option(names = "--centre-id", required = true)
        String centre;
        @Option(names = "--date", required = true)
        LocalDate date;
        @Option(names = "--format", defaultValue = "json", description = "json or xlsx")
        String format;
        @Option(names = "--output-file", required = true)
        Path output;

        Report(Map<String, Object> properties, PrintStream out) {
            super(properties, out);
        }

        @Override
        void run(ApplicationContext context) throws IOException {
            CentreReports reports = context.getBean(CentreReports.class);
            CentreReport report = reports.report(centre, date);
            Files.write(output, "xlsx".equalsIgnoreCase(format) ? reports.xlsx(report)
                    : new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(report));
            out.printf("report of centre %s for %s: %d candidates, %d exams, written to %s%n", centre, date,
                    report.candidates(), report.exams().size(), output);
        }
    }
}
