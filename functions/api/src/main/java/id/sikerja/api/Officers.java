package id.sikerja.api;

import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Role;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The officer behind a request, as the workflow's {@link Actor}: from the claims API Gateway's JWT authorizer
 * verified. Cognito groups map to roles; a user in several groups acts in the first of admin, tkksd, opd,
 * pimpinan. {@code custom:opd} is the department of an OPD user (required) and the scope of a TKKSD member
 * ("TKKSD lokus", optional). The actor's id is the user's {@code sub}: stable, and the "who" of the timeline.
 * Shared by the functions behind the JWT authorizer.
 */
public final class Officers {

    static final String ADMIN = "admin";
    static final String TKKSD = "tkksd";
    static final String OPD = "opd";
    static final String PIMPINAN = "pimpinan";

    private Officers() {
    }

    /**
     * The verified caller; 401 (problem {@code unauthenticated}) without verified claims, 403 (problem
     * {@code id-token-required}) when the token is not an ID token: an access token has the groups but not the
     * department, so it would make a department-scoped officer unscoped.
     */
    public static Caller signedIn(HttpRequest request) {
        Language lang = request.language();
        Caller caller = request.caller().orElseThrow(() -> Problem.of(401, "unauthenticated",
                lang.pick("Belum masuk", "Not signed in"),
                lang.pick("Masuk sebagai petugas untuk memakai layanan ini.", "Sign in as an officer to use this.")));
        requireIdToken(request);
        return caller;
    }

    /**
     * 403 (problem {@code id-token-required}) when the request carries verified claims that are not an ID token's.
     * {@link HttpFunction} checks it before any route behind the JWT authorizer runs, so no officer route reads
     * an access token's claims, whatever it parses first.
     */
    public static void requireIdToken(HttpRequest request) {
        if (request.verifiedClaims().isPresent() && !request.signedInWithIdToken()) {
            Language lang = request.language();
            throw Problem.of(403, "id-token-required",
                    lang.pick("Token bukan token ID", "Not an ID token"),
                    lang.pick("Kirim token ID dari Cognito (token_use id) di header Authorization, bukan token akses.",
                            "Send the Cognito ID token (token_use id) in the Authorization header, not the access token."));
        }
    }

    /** Cognito group → Si Kerja role, in the order a user in several groups acts. */
    private static final Map<String, Role> ROLES = orderedRoles();

    private static Map<String, Role> orderedRoles() {
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put(ADMIN, Role.ADMIN);
        roles.put(TKKSD, Role.TKKSD);
        roles.put(OPD, Role.OPD);
        roles.put(PIMPINAN, Role.PIMPINAN);
        return Collections.unmodifiableMap(roles);
    }

    /**
     * Every Si Kerja role of the caller's groups (a digest covers all of them), in the order of precedence (admin,
     * tkksd, opd, pimpinan); empty for a user in none.
     */
    public static Set<Role> roles(Caller caller) {
        Set<Role> roles = new java.util.LinkedHashSet<>();
        ROLES.forEach((group, role) -> {
            if (caller.inGroup(group)) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** The actor; 401 without verified claims, 403 for a user in no Si Kerja group or an OPD user without department. */
    public static Actor actor(HttpRequest request) {
        Caller c = signedIn(request);
        Language lang = request.language();
        Role role = roles(c).stream().findFirst().orElseThrow(() -> noRole(request));
        switch (role) {
            case ADMIN:
                return Actor.admin(c.subject());
            case TKKSD:
                return c.department().map(d -> Actor.tkksdLokus(c.subject(), d)).orElseGet(() -> Actor.tkksd(c.subject()));
            case OPD:
                return c.department().map(d -> Actor.opd(c.subject(), d)).orElseThrow(() -> Problem.of(403, "no-department",
                        lang.pick("Akun OPD tanpa kode OPD", "Department account without a department"),
                        lang.pick("Minta admin mengisi kode OPD (custom:opd) pada akun Anda.",
                                "Ask an admin to set the department code (custom:opd) of your account.")));
            case PIMPINAN:
                return Actor.pimpinan(c.subject());
            default:
                break;
        }
        throw noRole(request);
    }

    /** 403 for a signed-in user in none of Si Kerja's groups. */
    public static Problem noRole(HttpRequest request) {
        Language lang = request.language();
        return Problem.of(403, "no-role", lang.pick("Akun tanpa peran Si Kerja", "Account without a Si Kerja role"),
                lang.pick("Minta admin menambahkan akun Anda ke salah satu grup: admin, tkksd, opd, pimpinan.",
                        "Ask an admin to add your account to one of the groups: admin, tkksd, opd, pimpinan."));
    }
}
