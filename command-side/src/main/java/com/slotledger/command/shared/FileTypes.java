package com.slotledger.command.shared;

import java.util.Optional;

/**
 * Recognises accepted files by their leading (magic) bytes; a name or a declared type proves nothing. Uploads and
 * recognition evidence alike are judged here.
 */
public final class FileTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FileTypes() {
    }

    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, ZIP) && contains(content, "[Content_Types].xml")) {
            return Optional.of("application/vnd.openxmlformats-officedocument");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** An OOXML package names its content-types part in a local file header near the start. */
    private static boolean contains(byte[] content, String marker) {
        String head = new String(content, 0, Math.min(content.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains(marker);
    }
}
