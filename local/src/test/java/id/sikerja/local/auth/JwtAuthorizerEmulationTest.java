package id.sikerja.local.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sikerja.local.template.HttpApiSpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtAuthorizerEmulationTest {

    private static final String ISSUER = "https://cognito-idp.ap-southeast-3.amazonaws.com/ap-southeast-3_sikerjaLocal";
    private static final String CLIENT = "sikerjalocalwebclient";
    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final LocalIdentityProvider pool = new LocalIdentityProvider(ISSUER, CLIENT, Duration.ofMinutes(60),
            DemoUser.seeded(), CLOCK);
    private final JwtAuthorizerEmulation authorizer = authorizer(pool, CLOCK);

    @Test
    void acceptsTheLocalPoolsIdTokensWithOrWithoutBearer() {
        String token = pool.idToken(pool.user("opd-dinkes").orElseThrow());
        JwtAuthorizerEmulation.Allowed allowed = assertInstanceOf(JwtAuthorizerEmulation.Allowed.class,
                authorizer.authorize("Bearer " + token, List.of()));
        assertInstanceOf(JwtAuthorizerEmulation.Allowed.class, authorizer.authorize(token, List.of()));

        Map<String, String> claims = allowed.claims();
        assertEquals("5a1e7c2d-0003-4c6b-9b1e-000000000003", claims.get("sub"));
        assertEquals("dinkes@sikerja.local", claims.get("email"));
        assertEquals("[opd]", claims.get("cognito:groups"));
        assertEquals("DINKES", claims.get("custom:opd"));
        assertEquals("id", claims.get("token_use"));
        assertEquals(ISSUER, claims.get("iss"));
        assertEquals(CLIENT, claims.get("aud"));
        assertEquals("true", claims.get("email_verified"));
        assertEquals(String.valueOf(NOW.getEpochSecond() + 3600), claims.get("exp"));
        assertEquals(String.valueOf(NOW.getEpochSecond()), claims.get("iat"));
        assertEquals(String.valueOf(NOW.getEpochSecond()), claims.get("auth_time"));
        assertNull(allowed.scopes(), "an ID token has no scope claim");
    }

    @Test
    void rendersClaimsTheWayApiGatewayDoes() {
        assertEquals("[admin tkksd]", ClaimStrings.renderValue(List.of("admin", "tkksd")));
        assertEquals("[]", ClaimStrings.renderValue(List.of()));
        assertEquals("1700000000", ClaimStrings.renderValue(1700000000L));
        assertEquals("1.5", ClaimStrings.renderValue(1.5));
        assertEquals("map[a:1 b:[x y]]", ClaimStrings.renderValue(Map.of("b", List.of("x", "y"), "a", 1)));
        assertEquals("false", ClaimStrings.renderValue(false));
    }

    @Test
    void refusesTokensApiGatewayWouldRefuse() {
        Map<String, Object> valid = pool.idTokenClaims(pool.user("admin").orElseThrow());

        assertUnauthorized(null, "no header");
        assertUnauthorized("Bearer ", "empty");
        assertUnauthorized("Bearer not.a.jwt", "garbage");
        assertUnauthorized(pool.sign(with(valid, "iss", "https://cognito-idp.ap-southeast-3.amazonaws.com/other")),
                "wrong issuer");
        assertUnauthorized(pool.sign(with(valid, "aud", "another-client")), "wrong audience");
        assertUnauthorized(pool.sign(with(valid, "exp", NOW.getEpochSecond())), "expired at this second");
        assertUnauthorized(pool.sign(with(valid, "exp", NOW.getEpochSecond() - 60)), "expired");
        assertUnauthorized(pool.sign(without(valid, "exp")), "no exp");
        assertUnauthorized(pool.sign(with(valid, "nbf", NOW.getEpochSecond() + 60)), "not yet valid");
        assertUnauthorized(pool.sign(with(valid, "iat", NOW.getEpochSecond() + 60)), "issued in the future");

        LocalIdentityProvider otherPool = new LocalIdentityProvider(ISSUER, CLIENT, Duration.ofMinutes(60),
                DemoUser.seeded(), CLOCK);
        assertUnauthorized(otherPool.sign(valid), "signed with another key");

        String[] parts = pool.sign(valid).split("\\.");
        String forgedClaims = base64Url("{\"sub\":\"x\",\"iss\":\"" + ISSUER + "\",\"aud\":\"" + CLIENT
                + "\",\"exp\":" + (NOW.getEpochSecond() + 600) + ",\"cognito:groups\":[\"admin\"]}");
        assertUnauthorized(parts[0] + "." + forgedClaims + "." + parts[2], "claims changed after signing");
        assertUnauthorized(base64Url("{\"alg\":\"none\",\"kid\":\"x\"}") + "." + parts[1] + ".", "alg none");
    }

    @Test
    void acceptsClientIdAsAudience() {
        Map<String, Object> accessToken = without(pool.idTokenClaims(pool.user("admin").orElseThrow()), "aud");
        accessToken.put("client_id", CLIENT);
        accessToken.put("scope", "openid sikerja/admin");
        JwtAuthorizerEmulation.Allowed allowed = assertInstanceOf(JwtAuthorizerEmulation.Allowed.class,
                authorizer.authorize(pool.sign(accessToken), List.of("sikerja/admin")));
        assertEquals(List.of("openid", "sikerja/admin"), allowed.scopes());
    }

    @Test
    void forbidsTokensWithoutTheRoutesScopes() {
        String idToken = pool.idToken(pool.user("admin").orElseThrow());
        assertInstanceOf(JwtAuthorizerEmulation.Forbidden.class, authorizer.authorize(idToken, List.of("sikerja/admin")));
    }

    @Test
    void tokensExpireAfterTheirValidity() {
        String token = pool.idToken(pool.user("admin").orElseThrow());
        JwtAuthorizerEmulation later = authorizer(pool, Clock.offset(CLOCK, Duration.ofMinutes(61)));
        assertInstanceOf(JwtAuthorizerEmulation.Unauthorized.class, later.authorize(token, List.of()));
    }

    @Test
    void publishesItsKeyInTheJwks() {
        @SuppressWarnings("unchecked")
        Map<String, Object> key = ((List<Map<String, Object>>) pool.jwks().get("keys")).get(0);
        assertEquals("RSA", key.get("kty"));
        assertEquals("RS256", key.get("alg"));
        assertEquals("AQAB", key.get("e"));
        String token = pool.idToken(pool.user("admin").orElseThrow());
        assertEquals(key.get("kid"), Jwt.parse(token).header().get("kid"));
        assertTrue(pool.publicKey((String) key.get("kid")).isPresent());
    }

    private void assertUnauthorized(String header, String why) {
        assertInstanceOf(JwtAuthorizerEmulation.Unauthorized.class, authorizer.authorize(header, List.of()), why);
    }

    private static JwtAuthorizerEmulation authorizer(LocalIdentityProvider pool, Clock clock) {
        return new JwtAuthorizerEmulation(new HttpApiSpec.JwtAuthorizer("CognitoJwt", "authorization", ISSUER,
                List.of(CLIENT)), pool::publicKey, clock);
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(claims);
        copy.put(name, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> claims, String name) {
        Map<String, Object> copy = new LinkedHashMap<>(claims);
        copy.remove(name);
        return copy;
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
