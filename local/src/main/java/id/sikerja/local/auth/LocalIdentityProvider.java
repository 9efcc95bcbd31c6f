package id.sikerja.local.auth;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stands in for the Cognito user pool: a key pair made at start, the users of a {@link LocalUserPool}, and ID, access
 * and refresh tokens
 * of the shapes Cognito issues, signed with RS256. Both kinds pass API Gateway's JWT authorizer (an access token's
 * {@code client_id} counts as its audience), so the local runtime issues both to test that officer routes refuse
 * access tokens.
 */
public final class LocalIdentityProvider {

    private final String issuer;
    private final String clientId;
    private final Duration tokenValidity;
    private final LocalUserPool pool;
    private final Clock clock;
    /** Refresh token → the {@code sub} it was issued to (kept as long as the runtime runs). */
    private final Map<String, String> refreshTokens = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.security.SecureRandom random = new java.security.SecureRandom();
    private final KeyPair keyPair;
    private final String keyId;

    public LocalIdentityProvider(String issuer, String clientId, Duration tokenValidity, List<DemoUser> users,
            Clock clock) {
        this(issuer, clientId, tokenValidity, new LocalUserPool(issuer.substring(issuer.lastIndexOf('/') + 1),
                List.of("admin", "tkksd", "opd", "pimpinan"), users, clock), clock);
    }

    /** A provider whose users are those of {@code pool}, which the Cognito stand-in changes. */
    public LocalIdentityProvider(String issuer, String clientId, Duration tokenValidity, LocalUserPool pool,
            Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.tokenValidity = tokenValidity;
        this.pool = pool;
        this.clock = clock;
        this.keyPair = generateKeyPair();
        this.keyId = thumbprint((RSAPublicKey) keyPair.getPublic());
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public Duration tokenValidity() {
        return tokenValidity;
    }

    /** Every user of the pool, enabled or not. */
    public List<DemoUser> users() {
        return pool.users();
    }

    /** The pool's accounts, which the Cognito stand-in manages. */
    public LocalUserPool pool() {
        return pool;
    }

    /** The user with this local name, e-mail address or {@code sub}. */
    public Optional<DemoUser> user(String usernameOrEmail) {
        return pool.user(usernameOrEmail);
    }

    /** Whether the user may sign in (an admin may have disabled the account). */
    public boolean enabled(DemoUser user) {
        return pool.enabled(user.sub());
    }

    /**
     * A refresh token for the user, as Cognito's token endpoint issues one with the ID token: opaque, and exchanged
     * for new ID and access tokens with {@link #refresh} as long as the account is enabled.
     */
    public String refreshToken(DemoUser user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Jwt.base64Url(bytes);
        refreshTokens.put(token, user.sub());
        return token;
    }

    /** The user a refresh token was issued to, while the account exists and is enabled. */
    public Optional<DemoUser> refresh(String refreshToken) {
        String sub = refreshToken == null ? null : refreshTokens.get(refreshToken);
        return sub == null ? Optional.empty() : pool.user(sub).filter(this::enabled);
    }

    /** An ID token for the user, valid for {@link #tokenValidity()} from now. */
    public String idToken(DemoUser user) {
        return sign(idTokenClaims(user));
    }

    /** The claims Cognito puts in an ID token for this user of this app client. */
    public Map<String, Object> idTokenClaims(DemoUser user) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.sub());
        claims.put("cognito:groups", user.groups());
        claims.put("email_verified", true);
        claims.put("iss", issuer);
        claims.put("cognito:username", user.sub());
        claims.put("origin_jti", UUID.randomUUID().toString());
        claims.put("aud", clientId);
        claims.put("event_id", UUID.randomUUID().toString());
        claims.put("token_use", "id");
        claims.put("auth_time", now);
        claims.put("exp", now + tokenValidity.toSeconds());
        claims.put("iat", now);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("email", user.email());
        if (user.opd() != null) {
            claims.put("custom:opd", user.opd());
        }
        return claims;
    }

    /** An access token for the user, valid for {@link #tokenValidity()} from now. */
    public String accessToken(DemoUser user) {
        return sign(accessTokenClaims(user));
    }

    /**
     * The claims Cognito puts in an access token for this user of this app client: the groups, {@code client_id}
     * (no {@code aud}), {@code scope} and {@code token_use} {@code access}, but no e-mail and no custom attribute
     * such as {@code custom:opd}.
     */
    public Map<String, Object> accessTokenClaims(DemoUser user) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.sub());
        claims.put("cognito:groups", user.groups());
        claims.put("iss", issuer);
        claims.put("version", 2);
        claims.put("client_id", clientId);
        claims.put("origin_jti", UUID.randomUUID().toString());
        claims.put("event_id", UUID.randomUUID().toString());
        claims.put("token_use", "access");
        claims.put("scope", "openid email profile");
        claims.put("auth_time", now);
        claims.put("exp", now + tokenValidity.toSeconds());
        claims.put("iat", now);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("username", user.sub());
        return claims;
    }

    /**
     * A token of this pool for the user: {@code kind} "id" (as {@link #idToken}) or "access" (the claims of a Cognito
     * access token: {@code token_use} access, {@code client_id} and {@code scope} instead of {@code aud} and the
     * profile), valid for {@code validity} from now; a negative validity makes an expired token. For rehearsing what
     * the functions do with tokens API Gateway's authorizer lets through (an access token) or refuses (expired).
     */
    public String token(DemoUser user, String kind, Duration validity) {
        Map<String, Object> claims = idTokenClaims(user);
        long now = clock.instant().getEpochSecond();
        claims.put("exp", now + validity.toSeconds());
        if (validity.isNegative()) {
            claims.put("iat", now + validity.toSeconds() - 60);
            claims.put("auth_time", now + validity.toSeconds() - 60);
        }
        if ("access".equals(kind)) {
            for (String profile : List.of("aud", "email", "email_verified", "custom:opd", "cognito:username")) {
                claims.remove(profile);
            }
            claims.put("token_use", "access");
            claims.put("client_id", clientId);
            claims.put("scope", "aws.cognito.signin.user.admin");
            claims.put("username", user.sub());
        } else if (!"id".equals(kind)) {
            throw new IllegalArgumentException("a token is of kind id or access, not " + kind);
        }
        return sign(claims);
    }

    /** Signs any claims with this pool's key: tests use it to make tokens the authorizer must refuse. */
    public String sign(Map<String, Object> claims) {
        return Jwt.sign(Map.of("kid", keyId, "alg", Jwt.RS256), claims, keyPair.getPrivate());
    }

    /** The public key with this key id, as the authorizer fetches it from the JWKS. */
    public Optional<RSAPublicKey> publicKey(String kid) {
        return keyId.equals(kid) ? Optional.of((RSAPublicKey) keyPair.getPublic()) : Optional.empty();
    }

    /** The pool's JSON Web Key Set ({@code /.well-known/jwks.json}). */
    public Map<String, Object> jwks() {
        RSAPublicKey key = (RSAPublicKey) keyPair.getPublic();
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("alg", Jwt.RS256);
        jwk.put("e", Jwt.base64Url(unsigned(key.getPublicExponent())));
        jwk.put("kid", keyId);
        jwk.put("kty", "RSA");
        jwk.put("n", Jwt.base64Url(unsigned(key.getModulus())));
        jwk.put("use", "sig");
        return Map.of("keys", List.of(jwk));
    }

    private static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no RSA", e);
        }
    }

    /** RFC 7638 thumbprint of the key, used as its kid. */
    private static String thumbprint(RSAPublicKey key) {
        String canonical = "{\"e\":\"" + Jwt.base64Url(unsigned(key.getPublicExponent()))
                + "\",\"kty\":\"RSA\",\"n\":\"" + Jwt.base64Url(unsigned(key.getModulus())) + "\"}";
        try {
            return Jwt.base64Url(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
