package com.slotledger.app.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The store's instants are written as the JDK and Axon write them and read the same as with Jackson's own
 * deserializer, whatever their form.
 */
class CanonicalInstantsTest {

    private final ObjectMapper store = Serialization.serializer().getObjectMapper();
    private final ObjectMapper plain = new ObjectMapper().registerModule(new JavaTimeModule());
    private final ObjectMapper plainText = plain.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private record Stamped(Instant at) {
    }

    private Instant read(ObjectMapper mapper, String value) throws Exception {
        return mapper.readValue("{\"at\":" + value + "}", Stamped.class).at();
    }

    @Test
    void everyInstantTheStoreWritesIsReadBackExactly() throws Exception {
        Random random = new Random(7);
        List<Instant> instants = new java.util.ArrayList<>(List.of(Instant.EPOCH, Instant.parse("2024-02-29T23:59:59Z"),
                Instant.parse("2026-03-29T01:00:00.5Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("1969-12-31T23:59:59.123Z")));
        for (int i = 0; i < 10_000; i++) {
            instants.add(Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 7_000_000_000L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1000;
                        default -> random.nextInt(1_000_000_000);
                    }));
        }
        instants.addAll(EDGES);
        for (Instant instant : instants) {
            String written = store.writeValueAsString(new Stamped(instant));
            assertEquals(plainText.writeValueAsString(new Stamped(instant)), written);
            assertEquals(instant, store.readValue(written, Stamped.class).at(), written);
            assertEquals(DateTimeUtils.formatInstant(instant), CanonicalInstants.storeTimestamp(instant));
        }
    }

    /** Where the fast path hands over to the JDK's and Axon's formatters, and the last instants it writes itself. */
    private static final List<Instant> EDGES = List.of(Instant.parse("0000-01-01T00:00:00Z"),
            Instant.parse("0000-01-01T00:00:00Z").minusNanos(1), Instant.parse("9999-12-31T23:59:59.999999999Z"),
            Instant.parse("9999-12-31T23:59:59.999999999Z").plusNanos(1), Instant.parse("-0001-06-01T12:00:00.5Z"),
            Instant.parse("+12345-06-01T12:00:00.000001Z"), Instant.ofEpochSecond(-1, 999_999_999));

    @Test
    void otherFormsGoToJacksonsOwnDeserializer() throws Exception {
        for (String value : List.of("\"2026-12-07T10:00:00+01:00\"", "\"2026-12-07T09:00:00.000000000Z\"",
                "1765098000", "1765098000.5", "\"2026-12-07t09:00:00z\"", "\"2026-12-07T24:00:00Z\"",
                "\"2026-12-07T09:00:00.Z\"")) {
            assertEquals(read(plain, value), read(store, value), value);
        }
    }

    @Test
    void malformedInstantsAreRefusedAsBefore() {
        for (String value : List.of("\"2026-02-30T00:00:00Z\"", "\"2026-12-07T09:00Z\"",
                "\"2026-12-07T09:00:00.1234567890Z\"", "\"2026-1x-07T09:00:00Z\"")) {
            assertThrows(Exception.class, () -> read(plain, value), value);
            assertThrows(Exception.class, () -> read(store, value), value);
        }
    }
}
