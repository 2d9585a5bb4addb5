package com.slotledger.command.centre;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Sha256;
import com.slotledger.command.shared.FileTypes;
import com.slotledger.command.shared.Jdbc;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Uploaded files (candidate photos, question documents, result exports), accepted by what their bytes are, not by
 * their name, and stored once under their SHA-256. Storing the same content twice is a no-op.
 */
@Singleton
public class FileStore {

    private final Jdbc jdbc;
    private final Clock clock;
    private final int maxBytes;

    public FileStore(Jdbc jdbc, Clock clock, @Value("${slotledger.files.max-bytes:524288}") int maxBytes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public StoredFile store(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "The upload is empty.");
        }
        if (content.length > maxBytes) {
            throw new DomainRejection(ErrorCode.PAYLOAD_TOO_LARGE,
                    "Files may be at most " + maxBytes + " bytes; this one has " + content.length + ".");
        }
        String mediaType = FileTypes.detect(content).orElseThrow(() -> new DomainRejection(ErrorCode.FILE_TYPE_REFUSED,
                "Only PDF, PNG, JPEG and Office (XLSX/DOCX) files are accepted, judged by their content."));
        String hash = Sha256.hex(content);
        jdbc.update("INSERT INTO stored_file (sha256, media_type, size, content, stored_at) VALUES (?,?,?,?,?)"
                + " ON CONFLICT (sha256) DO NOTHING", hash, mediaType, content.length, content,
                clock.instant().atOffset(ZoneOffset.UTC));
        return new StoredFile(hash, mediaType, content.length);
    }

    public Optional<StoredFile> describe(String hash) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT media_type, size FROM stored_file WHERE sha256 = ?")) {
                statement.setString(1, hash);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(new StoredFile(hash, rows.getString(1), rows.getInt(2)))
                            : Optional.empty();
                }
            }
        });
    }

    public Optional<byte[]> content(String hash) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT content FROM stored_file WHERE sha256 = ?")) {
                statement.setString(1, hash);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
                }
            }
        });
    }


    @io.micronaut.core.annotation.Introspected
    public record StoredFile(String sha256, String mediaType, int size) {
    }
}
