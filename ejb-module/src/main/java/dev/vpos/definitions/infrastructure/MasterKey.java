package dev.vpos.definitions.infrastructure;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The 256-bit key that seals credentials; its id (first 8 hex of its SHA-256) is stored with each sealed value. */
public record MasterKey(String id, byte[] bytes) {

    public static MasterKey of(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("the master key must be 32 bytes (AES-256), got " + bytes.length);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new MasterKey(HexFormat.of().formatHex(digest, 0, 4), bytes.clone());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
