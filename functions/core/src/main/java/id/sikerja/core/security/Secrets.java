package id.sikerja.core.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Random secrets and their one-way forms. A partner's access token carries 256 random bits and is shown
 * once; Si Kerja keeps only its SHA-256.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64URL_DEC = Base64.getUrlDecoder();
    private static final int GCM_TAG_BITS = 128;
    private static final int GCM_IV_BYTES = 12;

    private Secrets() {
    }

    /** A new access token: 32 random bytes, base64url (43 characters). */
    public static String newAccessToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return B64URL.encodeToString(b);
    }

    /** Lower-case hex SHA-256 of the UTF-8 text. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Whether {@code token}'s hash is {@code expectedHashHex}, in time independent of where they differ. */
    public static boolean tokenMatches(String token, String expectedHashHex) {
        byte[] actual = sha256Hex(token == null ? "" : token).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = (expectedHashHex == null ? "" : expectedHashHex).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(actual, expected) && token != null && expectedHashHex != null;
    }

    /**
     * Encrypts {@code plain} (AES-256-GCM) under a key derived from a secret the caller holds and Si Kerja
     * does not keep, such as an Idempotency-Key. Only someone presenting that secret again can read it.
     */
    public static String seal(String plain, String callerSecret, String purpose) {
        try {
            byte[] iv = new byte[GCM_IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(callerSecret, purpose), new GCMParameterSpec(GCM_TAG_BITS, iv));
            c.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + ct.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(ct, 0, out, iv.length, ct.length);
            return B64URL.encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JVM", e);
        }
    }

    /** Reverses {@link #seal}; throws {@link IllegalArgumentException} when the secret or purpose differ. */
    public static String unseal(String sealed, String callerSecret, String purpose) {
        try {
            byte[] in = B64URL_DEC.decode(sealed);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key(callerSecret, purpose), new GCMParameterSpec(GCM_TAG_BITS, in, 0, GCM_IV_BYTES));
            c.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] plain = c.doFinal(in, GCM_IV_BYTES, in.length - GCM_IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("sealed value does not open with this secret", e);
        }
    }

    private static SecretKeySpec key(String callerSecret, String purpose) {
        byte[] k = sha256(("sikerja-seal\n" + purpose + "\n" + callerSecret).getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(k, "AES");
    }
}
