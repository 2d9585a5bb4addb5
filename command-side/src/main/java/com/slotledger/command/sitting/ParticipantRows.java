package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The seed's participant CSV: {@code semester_code,start_time,room_name,subject_code,roll_number}, the first row
 * naming the columns (in any order). A start time with an offset is an instant; without one it is the wall-clock
 * time in the slot's own zone.
 */
final class ParticipantRows {

    static final List<String> COLUMNS = List.of("semester_code", "start_time", "room_name", "subject_code", "roll_number");

    private ParticipantRows() {
    }

    record Row(int number, String semesterCode, String startTime, String roomName, String subjectCode, String rollNumber) {

        /** Rule "a row names every column, within the API's limits"; null when the row is usable. */
        String invalid() {
            List<String> values = List.of(semesterCode, startTime, roomName, subjectCode, rollNumber);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).isEmpty()) {
                    return "column " + COLUMNS.get(i) + " is empty";
                }
                if (values.get(i).length() > 64) {
                    return "column " + COLUMNS.get(i) + " is longer than 64 characters";
                }
            }
            return start() == null ? "start_time " + startTime + " is not a date-time (2026-12-01T09:00 or with an offset)" : null;
        }

        /** An Instant (offset given) or a LocalDateTime (wall clock); null when unreadable. */
        Object start() {
            String value = startTime.replace(' ', 'T');
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return LocalDateTime.parse(value);
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }

        boolean startIsInstant() {
            return start() instanceof Instant;
        }
    }

    static List<Row> read(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "file: the CSV must be UTF-8 text.");
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text.replace("\uFEFF", "")),
                CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw missingHeader();
            }
            Map<String, Integer> header = header(records.get(0));
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                rows.add(new Row((int) record.getRecordNumber(), cell(record, header, 0), cell(record, header, 1),
                        cell(record, header, 2), cell(record, header, 3), cell(record, header, 4)));
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "file: not readable as CSV (" + e.getMessage() + ").");
        }
    }

    private static Map<String, Integer> header(CSVRecord first) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < first.size(); i++) {
            positions.put(first.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!positions.keySet().containsAll(COLUMNS)) {
            throw missingHeader();
        }
        return positions;
    }

    private static String cell(CSVRecord record, Map<String, Integer> header, int column) {
        int index = header.get(COLUMNS.get(column));
        return index < record.size() ? record.get(index).strip() : "";
    }

    private static DomainRejection missingHeader() {
        return new DomainRejection(ErrorCode.VALIDATION_FAILED, "file: the first row must name the columns "
                + String.join(",", COLUMNS) + ".");
    }
}
