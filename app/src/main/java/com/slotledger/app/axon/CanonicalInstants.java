package com.slotledger.app.axon;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import org.axonframework.common.DateTimeUtils;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads and writes the instants of stored events without the JDK's ISO_INSTANT formatter, which on Java 17 builds a
 * new formatter for every value it parses: about a third of the CPU a projection spent deserializing an event with a
 * few instants, and a tenth of a command's in formatting its event's. The form the store writes
 * ({@code 2026-12-07T09:00:00Z}, with 1 to 9 fraction digits) is read here; anything else (an offset, a number, a
 * malformed value) goes to Jackson's own deserializer, with its errors. Written text is exactly what the JDK (for
 * payloads) and Axon (for the timestamp column) would write; years outside 0-9999 are left to them.
 */
final class CanonicalInstants extends StdScalarDeserializer<Instant> {

    private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private CanonicalInstants() {
        super(Instant.class);
    }

    static Module module() {
        return new SimpleModule("canonical-instants").addDeserializer(Instant.class, new CanonicalInstants())
                .addSerializer(Instant.class, new Writer());
    }

    /** Writes an instant as {@link Instant#toString()} does (which Jackson uses), without a formatter. */
    private static final class Writer extends StdScalarSerializer<Instant> {

        Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(isoInstant(value));
        }
    }

    /** As {@link Instant#toString()}: no fraction, or 3, 6 or 9 digits, whichever is exact. */
    static String isoInstant(Instant instant) {
        int nanos = instant.getNano();
        int digits = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
        String text = format(instant, digits);
        return text != null ? text : instant.toString();
    }

    /** As Axon's event timestamps: always three fraction digits (milliseconds, truncated). */
    static String storeTimestamp(Instant instant) {
        String text = format(instant, 3);
        return text != null ? text : DateTimeUtils.formatInstant(instant);
    }

    /** {@code uuuu-MM-ddTHH:mm:ss[.f...]Z} with the first {@code digits} fraction digits, or null outside years 0-9999. */
    private static String format(Instant instant, int digits) {
        long seconds = instant.getEpochSecond();
        long epochDay = Math.floorDiv(seconds, 86_400);
        if (epochDay < FIRST_DAY || epochDay > LAST_DAY) {
            return null;
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        char[] text = new char[digits == 0 ? 20 : 21 + digits];
        put(text, 0, date.getYear(), 4);
        text[4] = '-';
        put(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        put(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        put(text, 11, secondOfDay / 3_600, 2);
        text[13] = ':';
        put(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        put(text, 17, secondOfDay % 60, 2);
        if (digits > 0) {
            text[19] = '.';
            int fraction = instant.getNano();
            for (int i = digits; i < 9; i++) {
                fraction /= 10;
            }
            put(text, 20, fraction, digits);
        }
        text[text.length - 1] = 'Z';
        return new String(text);
    }

    /** {@code value} as exactly {@code width} decimal digits, zero-padded, at {@code text[at]}. */
    private static void put(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            Instant instant = parse(parser.getText());
            if (instant != null) {
                return instant;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }

    /** The instant written as {@code uuuu-MM-ddTHH:mm:ss[.fffffffff]Z}, or null for any other text. */
    static Instant parse(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z') {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int digits = length - 21;
            if (text.charAt(19) != '.' || digits < 1 || digits > 9) {
                return null;
            }
            int fraction = digits(text, 20, length - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 if a character there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
