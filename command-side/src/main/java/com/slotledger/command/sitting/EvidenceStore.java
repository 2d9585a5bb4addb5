package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.shared.Sha256;
import com.slotledger.api.sitting.AttendanceCommands.Evidence;
import com.slotledger.command.shared.FileTypes;
import com.slotledger.command.shared.Jdbc;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Evidence images stored by content (SHA-256), in the command's transaction, so an event never names an image
 * that is not there; the same image sent twice is stored once. The bytes decide the media type.
 */
@Singleton
public class EvidenceStore {

    private final Jdbc jdbc;

    public EvidenceStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(String sha256, Long size, String mediaType) {
        static final Stored NONE = new Stored(null, null, null);
    }

    /**
     * Rule "evidence is an image that matches its hash": the media type comes from the bytes (JPEG or PNG), a
     * declared hash must match them. Without bytes, a hash alone names an image kept elsewhere.
     */
    public static Evidence checked(Evidence evidence) {
        if (evidence == null || (evidence.bytes() == null && evidence.sha256() == null)) {
            return null;
        }
        if (evidence.bytes() == null) {
            if (!evidence.sha256().matches("[0-9a-fA-F]{64}")) {
                throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "evidence.sha256: 64 hexadecimal digits.");
            }
            String mediaType = evidence.mediaType() == null ? "application/octet-stream" : evidence.mediaType();
            return new Evidence(null, evidence.sha256().toLowerCase(Locale.ROOT), mediaType);
        }
        String hash = Sha256.hex(evidence.bytes());
        if (evidence.sha256() != null && !evidence.sha256().equalsIgnoreCase(hash)) {
            throw new DomainRejection(ErrorCode.EVIDENCE_HASH_MISMATCH, "The evidence's SHA-256 does not match its bytes.");
        }
        return new Evidence(evidence.bytes(), hash, imageType(evidence.bytes()));
    }

    Stored store(Evidence evidence) {
        Evidence valid = checked(evidence);
        if (valid == null) {
            return Stored.NONE;
        }
        if (valid.bytes() == null) {
            return new Stored(valid.sha256(), null, valid.mediaType());
        }
        jdbc.update("INSERT INTO sitting_evidence (sha256, media_type, size, content) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
                valid.sha256(), valid.mediaType(), (long) valid.bytes().length, valid.bytes());
        return new Stored(valid.sha256(), (long) valid.bytes().length, valid.mediaType());
    }

    /** The image types FileTypes detects are JPEG and PNG. */
    private static String imageType(byte[] bytes) {
        return FileTypes.detect(bytes).filter(type -> type.startsWith("image/")).orElseThrow(() ->
                new DomainRejection(ErrorCode.FILE_TYPE_REFUSED, "Evidence must be a JPEG or PNG image."));
    }
}
