package com.slotledger.app.backup;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The backup file: a zip with one entry per table (PostgreSQL COPY text) and a manifest naming each entry's SHA-256
 * and row count, signed with HMAC-SHA256 under the centres' shared key. Reading verifies all of it.
 */
@Singleton
public class BackupArchive {

    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.hmac";
    static final String FORMAT = "slotledger-backup/1";

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();
    private final byte[] key;

    public BackupArchive(@Value("${slotledger.sync.key}") String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** Tables in restore order (referenced tables first); {@code head}: the last event position in the backup. */
    @io.micronaut.core.annotation.Introspected
    public record Manifest(String format, String node, Instant takenAt, long head, List<Table> tables) {
    }

    @io.micronaut.core.annotation.Introspected
    public record Table(String name, String entry, String sha256, long bytes) {
    }

    /** Streams each table into its entry while hashing it; the signed manifest goes last, once all is known. */
    public Manifest write(OutputStream out, TableWriter tables, ManifestFactory manifest) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            List<Table> written = new ArrayList<>();
            for (String table : tables.names()) {
                String entry = "tables/" + table + ".copy";
                zip.putNextEntry(new ZipEntry(entry));
                MessageDigest digest = sha256();
                CountingDigestStream sink = new CountingDigestStream(zip, digest);
                tables.copy(table, sink);
                zip.closeEntry();
                written.add(new Table(table, entry, HexFormat.of().formatHex(digest.digest()), sink.count));
            }
            Manifest signed = manifest.of(written);
            byte[] manifestBytes = json.writeValueAsBytes(signed);
            put(zip, MANIFEST, manifestBytes);
            put(zip, SIGNATURE, hmac(manifestBytes).getBytes(StandardCharsets.US_ASCII));
            return signed;
        }
    }

    public interface TableWriter {
        List<String> names();

        void copy(String table, OutputStream out) throws IOException;
    }

    public interface ManifestFactory {
        Manifest of(List<Table> tables);
    }

    /** Passes bytes through to the zip entry, hashing and counting them; never closes the zip. */
    private static final class CountingDigestStream extends OutputStream {
        private final OutputStream out;
        private final MessageDigest digest;
        private long count;

        CountingDigestStream(OutputStream out, MessageDigest digest) {
            this.out = out;
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }
    }

    /** Reads and verifies the whole archive before anything is restored. */
    public Contents read(InputStream in) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw tampered("not a readable zip archive");
        }
        byte[] manifestBytes = entries.get(MANIFEST);
        byte[] signature = entries.get(SIGNATURE);
        if (manifestBytes == null || signature == null) {
            throw tampered("the manifest or its signature is missing");
        }
        if (!MessageDigest.isEqual(hmac(manifestBytes).getBytes(StandardCharsets.US_ASCII), signature)) {
            throw tampered("the manifest's signature does not match (wrong key or altered manifest)");
        }
        Manifest manifest;
        try {
            manifest = json.readValue(manifestBytes, Manifest.class);
        } catch (IOException e) {
            throw tampered("the manifest is unreadable");
        }
        if (!FORMAT.equals(manifest.format())) {
            throw tampered("unknown format " + manifest.format());
        }
        for (Table table : manifest.tables()) {
            byte[] data = entries.get(table.entry());
            if (data == null || !Sha256.hex(data).equals(table.sha256())) {
                throw tampered("table " + table.name() + " is missing or does not match its SHA-256");
            }
        }
        return new Contents(manifest, entries);
    }

    public record Contents(Manifest manifest, Map<String, byte[]> entries) {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private String hmac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    private static DomainRejection tampered(String why) {
        return new DomainRejection(ErrorCode.BACKUP_TAMPERED, "Backup refused, nothing restored: " + why + ".");
    }

}
