package com.slotledger.query.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** SQL shared by the sitting queries, and strict parsing of their query parameters (a bad one is a 400). */
final class SlotQueries {

    static final String SLOT = """
            SELECT s.*, r.name AS room_name, m.code AS semester_code FROM sitting_slot_view s
            LEFT JOIN sitting_room_view r ON r.room_id = s.room_id
            LEFT JOIN sitting_semester_view m ON m.semester_id = s.semester_id""";

    private SlotQueries() {
    }

    static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, name + ": " + value + " is not an ISO-8601 instant.");
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, name + ": " + value + " is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
