package com.slotledger.app.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The store's instants read the same as with Jackson's own deserializer, whatever their form. */
class CanonicalInstantsTest {

    private final ObjectMapper store = Serialization.serializer().getObjectMapper();
    private final ObjectMapper plain = new ObjectMapper().registerModule(new JavaTimeModule());

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
        for (Instant instant : instants) {
            String written = store.writeValueAsString(new Stamped(instant));
            assertEquals(instant, store.readValue(written, Stamped.class).at(), written);
        }
    }

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
