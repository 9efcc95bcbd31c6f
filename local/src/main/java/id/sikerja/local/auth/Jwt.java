package id.sikerja.local.auth;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

/** Compact JWS with RS256, written with the JDK's crypto only. */
public final class Jwt {

    public static final String RS256 = "RS256";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Jwt() {
    }

    /** A token's header and claims, and whether its signature was checked is up to the caller. */
    public record Parsed(Map<String, Object> header, Map<String, Object> claims, byte[] signingInput,
            byte[] signature) {

        public boolean verifies(PublicKey key) {
            try {
                Signature verifier = Signature.getInstance("SHA256withRSA");
                verifier.initVerify(key);
                verifier.update(signingInput);
                return verifier.verify(signature);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }
    }

    public static String sign(Map<String, Object> header, Map<String, Object> claims, PrivateKey key) {
        try {
            String signingInput = ENCODER.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + ENCODER.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(signer.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** Splits and decodes a compact JWS; throws {@link IllegalArgumentException} when it is not one. */
    public static Parsed parse(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a compact JWS");
        }
        try {
            Map<String, Object> header = JSON.readValue(DECODER.decode(parts[0]), new TypeReference<>() { });
            Map<String, Object> claims = JSON.readValue(DECODER.decode(parts[1]), new TypeReference<>() { });
            byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            return new Parsed(header, claims, signingInput, DECODER.decode(parts[2]));
        } catch (IOException e) {
            throw new IllegalArgumentException("header or claims are not JSON objects", e);
        }
    }

    static String base64Url(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }
}
