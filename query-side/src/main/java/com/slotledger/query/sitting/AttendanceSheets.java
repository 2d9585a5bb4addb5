package com.slotledger.query.sitting;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Attendance exports as XLSX (Apache POI, the library the centre's exports use; CSV goes through
 * {@link com.slotledger.query.shared.CsvExport}). Numbers and booleans stay typed cells, so a spreadsheet can sum and filter them.
 */
final class AttendanceSheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    private AttendanceSheets() {
    }

    /** One sheet per entry, in the map's order; each sheet's first row is its header, bold and frozen. */
    static byte[] xlsx(Map<String, List<List<Object>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                int r = 0;
                for (List<Object> values : entry.getValue()) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < values.size(); c++) {
                        write(row, c, values.get(c));
                        if (r == 0) {
                            row.getCell(c).setCellStyle(bold);
                            sheet.setColumnWidth(c, 18 * 256);
                        }
                    }
                    r++;
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, int column, Object value) {
        if (value instanceof Number number) {
            row.createCell(column).setCellValue(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            row.createCell(column).setCellValue(flag);
        } else {
            row.createCell(column).setCellValue(value == null ? "" : value.toString());
        }
    }
}
