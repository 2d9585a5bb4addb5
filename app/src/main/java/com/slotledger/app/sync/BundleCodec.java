package com.slotledger.app.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Sha256;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Writes, reads and verifies bundles: SHA-256 per event over its exact stored bytes, a hash chain over the events
 * in order, and an HMAC-SHA256 over the manifest with the key the centres share (SLOTLEDGER_SYNC_KEY).
 */
@Singleton
public class BundleCodec {

    private static final String GENESIS = "0".repeat(64);

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private final byte[] key;

    public BundleCodec(@Value("${slotledger.sync.key}") String key) {
        if (key.length() < 32) {
            throw new IllegalStateException("slotledger.sync.key (SLOTLEDGER_SYNC_KEY) must have at least 32 characters");
        }
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] write(Bundle bundle) {
        try {
            return json.writeValueAsBytes(bundle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bundle not serialisable", e);
        }
    }

    /** Parses and verifies a bundle; nothing about it is trusted until this returns. */
    public Bundle read(byte[] bytes) {
        Bundle bundle;
        try {
            bundle = json.readValue(bytes, Bundle.class);
        } catch (IOException e) {
            throw new DomainRejection(ErrorCode.BUNDLE_MALFORMED, "Not a SlotLedger bundle (unreadable JSON or unknown fields).");
        }
        if (bundle == null || bundle.manifest() == null || bundle.events() == null || bundle.files() == null
                || bundle.events().stream().anyMatch(java.util.Objects::isNull)
                || bundle.files().stream().anyMatch(java.util.Objects::isNull)
                || bundle.manifest().fileHashes() == null || bundle.manifest().sourceCentre() == null
                || !Bundle.FORMAT.equals(bundle.manifest().format())) {
            throw new DomainRejection(ErrorCode.BUNDLE_MALFORMED, "Not a " + Bundle.FORMAT + " bundle.");
        }
        verify(bundle);
        return bundle;
    }

    public Bundle.Event sealed(Bundle.Event event) {
        return new Bundle.Event(event.position(), event.aggregateId(), event.aggregateType(), event.homeCentre(),
                event.sequenceNumber(), event.type(), event.eventId(), event.timestamp(), event.payloadType(),
                event.payloadRevision(), event.payload(), event.metaData(), eventHash(event));
    }

    public String chain(List<Bundle.Event> events) {
        String chain = GENESIS;
        for (Bundle.Event event : events) {
            chain = Sha256.hex((chain + event.sha256()).getBytes(StandardCharsets.UTF_8));
        }
        return chain;
    }

    public String sign(Bundle.Manifest manifest) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(json.writeValueAsBytes(manifest)));
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    private void verify(Bundle bundle) {
        Bundle.Manifest manifest = bundle.manifest();
        if (bundle.signature() == null || !MessageDigest.isEqual(sign(manifest).getBytes(StandardCharsets.UTF_8),
                bundle.signature().getBytes(StandardCharsets.UTF_8))) {
            throw tampered("the signature does not match the manifest (wrong key or altered manifest)");
        }
        if (manifest.count() != bundle.events().size()) {
            throw tampered("the manifest counts " + manifest.count() + " events, the bundle holds " + bundle.events().size());
        }
        long previous = manifest.afterPosition();
        for (Bundle.Event event : bundle.events()) {
            if (!eventHash(event).equals(event.sha256())) {
                throw tampered("event " + event.eventId() + " does not match its SHA-256");
            }
            if (event.position() <= previous || event.position() > manifest.toPosition()
                    || !manifest.sourceCentre().equals(event.homeCentre())) {
                throw tampered("event " + event.eventId() + " lies outside the manifest's range or centre");
            }
            previous = event.position();
        }
        if (!chain(bundle.events()).equals(manifest.chainHash())) {
            throw tampered("the event chain does not match the manifest (events removed, added or reordered)");
        }
        Set<String> listed = new HashSet<>(manifest.fileHashes());
        List<String> carried = new ArrayList<>();
        for (Bundle.File file : bundle.files()) {
            if (!Sha256.hex(decode(file.content())).equals(file.sha256())) {
                throw tampered("file " + file.sha256() + " does not match its SHA-256");
            }
            carried.add(file.sha256());
        }
        if (!listed.equals(new HashSet<>(carried)) || carried.size() != listed.size()) {
            throw tampered("the files carried differ from those the manifest lists");
        }
    }

    private static DomainRejection tampered(String why) {
        return new DomainRejection(ErrorCode.BUNDLE_TAMPERED, "Bundle refused, nothing written: " + why + ".");
    }

    /** Every stored field, length-prefixed so no two different events hash alike. */
    private static String eventHash(Bundle.Event event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Object field : new Object[]{event.position(), event.aggregateId(), event.aggregateType(),
                event.homeCentre(), event.sequenceNumber(), event.type(), event.eventId(), event.timestamp(),
                event.payloadType(), event.payloadRevision(), event.payload(), event.metaData()}) {
            byte[] value = field == null ? new byte[0] : field.toString().getBytes(StandardCharsets.UTF_8);
            int length = field == null ? -1 : value.length;
            bytes.writeBytes(new byte[]{(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
            bytes.writeBytes(value);
        }
        return Sha256.hex(bytes.toByteArray());
    }

    static byte[] decode(String base64) {
        try {
            return base64 == null ? null : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new DomainRejection(ErrorCode.BUNDLE_MALFORMED, "A bundle field is not valid base64.");
        }
    }

    static String encode(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

}
