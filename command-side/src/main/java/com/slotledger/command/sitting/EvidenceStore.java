package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.AttendanceCommands.Evidence;
import com.slotledger.command.shared.Jdbc;
import jakarta.inject.Singleton;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Evidence images stored by content (SHA-256), in the command's transaction, so an event never names an image
 * that is not there; the same image sent twice is stored once.
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

    Stored store(Evidence evidence) {
        if (evidence == null || (evidence.bytes() == null && evidence.sha256() == null)) {
            return Stored.NONE;
        }
        String mediaType = evidence.mediaType() == null ? "application/octet-stream" : evidence.mediaType();
        if (evidence.bytes() == null) {
            return new Stored(evidence.sha256().toLowerCase(Locale.ROOT), null, mediaType);
        }
        String hash = sha256(evidence.bytes());
        if (evidence.sha256() != null && !evidence.sha256().equalsIgnoreCase(hash)) {
            throw new DomainRejection(ErrorCode.EVIDENCE_HASH_MISMATCH, "The evidence's SHA-256 does not match its bytes.");
        }
        jdbc.update("INSERT INTO sitting_evidence (sha256, media_type, size, content) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
                hash, mediaType, (long) evidence.bytes().length, evidence.bytes());
        return new Stored(hash, (long) evidence.bytes().length, mediaType);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
