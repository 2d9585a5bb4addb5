package com.slotledger.recognition.enrolment;

import java.util.Optional;

/**
 * The type and dimensions a JPEG or PNG declares in its first bytes, read before decoding, so a small file that
 * would decode to gigabytes of pixels is refused without being decoded.
 */
record ImageHeader(String mediaType, int width, int height) {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    static Optional<ImageHeader> read(byte[] bytes) {
        if (startsWith(bytes, PNG) && bytes.length >= 24) {
            return Optional.of(new ImageHeader("image/png", int32(bytes, 16), int32(bytes, 20)));
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return jpeg(bytes);
        }
        return Optional.empty();
    }

    /** Walks the JPEG segments to the first start-of-frame marker, which holds the dimensions. */
    private static Optional<ImageHeader> jpeg(byte[] bytes) {
        int at = 2;
        while (at + 9 < bytes.length) {
            if ((bytes[at] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = bytes[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            int length = ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                int height = ((bytes[at + 5] & 0xFF) << 8) | (bytes[at + 6] & 0xFF);
                int width = ((bytes[at + 7] & 0xFF) << 8) | (bytes[at + 8] & 0xFF);
                return Optional.of(new ImageHeader("image/jpeg", width, height));
            }
            if (length < 2) {
                return Optional.empty();
            }
            at += 2 + length;
        }
        return Optional.empty();
    }

    private static int int32(byte[] bytes, int at) {
        long value = ((long) (bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
        return (int) Math.min(Integer.MAX_VALUE, value);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
