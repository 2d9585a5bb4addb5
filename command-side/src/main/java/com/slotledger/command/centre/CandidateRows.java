package com.slotledger.command.centre;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.shared.FileTypes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads candidate rows from an XLSX workbook (first sheet) or a CSV file, told apart by content. The first row names
 * the columns: name, rollNumber (or roll_number), trade.
 */
final class CandidateRows {

    static final List<String> COLUMNS = List.of("name", "rollnumber", "trade");

    private CandidateRows() {
    }

    record Row(int number, Map<String, String> values) {
        String get(String column) {
            return values.getOrDefault(column, "").strip();
        }
    }

    static List<Row> read(byte[] content) {
        try {
            return FileTypes.detect(content).filter(type -> type.startsWith("application/vnd.openxmlformats")).isPresent()
                    ? xlsx(content) : csv(content);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainRejection rejection) {
                throw rejection;
            }
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "The file is neither a readable XLSX workbook nor CSV.");
        }
    }

    private static List<Row> csv(byte[] content) throws IOException {
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(content),
                StandardCharsets.UTF_8), CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw missingHeader();
            }
            List<String> header = requireColumns(records.get(0).toList());
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                rows.add(row((int) records.get(i).getRecordNumber(), header, records.get(i).toList()));
            }
            return rows;
        }
    }

    private static List<Row> xlsx(byte[] content) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<Row> rows = new ArrayList<>();
            List<String> header = null;
            for (org.apache.poi.ss.usermodel.Row sheetRow : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, sheetRow.getLastCellNum()); c++) {
                    cells.add(format.formatCellValue(sheetRow.getCell(c, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.RETURN_BLANK_AS_NULL)));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = requireColumns(cells);
                } else {
                    rows.add(row(sheetRow.getRowNum() + 1, header, cells));
                }
            }
            if (header == null) {
                throw missingHeader();
            }
            return rows;
        }
    }

    private static List<String> requireColumns(List<String> header) {
        List<String> names = header.stream().map(CandidateRows::column).toList();
        if (!names.containsAll(COLUMNS)) {
            throw missingHeader();
        }
        return header;
    }

    private static String column(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace("_", "");
    }

    private static Row row(int number, List<String> header, List<String> cells) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            values.put(column(header.get(i)), cells.get(i) == null ? "" : cells.get(i));
        }
        return new Row(number, values);
    }

    private static DomainRejection missingHeader() {
        return new DomainRejection(ErrorCode.VALIDATION_FAILED, "The first row must name the columns " + COLUMNS + ".");
    }
}
