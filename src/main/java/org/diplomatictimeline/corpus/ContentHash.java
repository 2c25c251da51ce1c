package org.diplomatictimeline.corpus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 fingerprints of file contents, as lowercase hex, by which a changed source file is recognised. */
public final class ContentHash {

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    private ContentHash() {
    }

    /** The SHA-256 of the bytes as 64 lowercase hex digits. */
    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }

    /** True when the value has the shape of a hash made by {@link #of}. */
    public static boolean isValid(String hash) {
        return hash != null && HEX_64.matcher(hash).matches();
    }
}
