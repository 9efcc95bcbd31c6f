package id.sikerja.users;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.Caller;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.IdempotentBody;
import id.sikerja.api.Json;
import id.sikerja.api.JsonLog;
import id.sikerja.api.Officers;
import id.sikerja.api.Problem;
import id.sikerja.api.Route;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.idempotency.IdempotencyClaims;
import id.sikerja.core.settings.DepartmentSettings;
import id.sikerja.core.users.DisabledOfficers;
import id.sikerja.core.users.NewUser;
import id.sikerja.core.users.OfficerGroup;
import id.sikerja.core.users.UserAccount;
import id.sikerja.core.users.UserAdministration;
import id.sikerja.core.users.UserDirectory;
import id.sikerja.core.users.UserQuery;
import id.sikerja.core.users.UserRequests;
import id.sikerja.core.validation.Language;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /users}, {@code POST /users} and {@code PUT /users/{username}}: admins list, invite and change officers'
 * accounts (group, department, enabled). Everyone else gets 403. {@code POST} honours an Idempotency-Key through
 * {@link IdempotencyClaims}: the account lives in the user pool, not in the table, so the key is claimed before the
 * account is created and the answer remembered after; a retry of an attempt that stopped in between finds the
 * account and finishes it. Logs name routes and outcomes, never an address or a name.
 */
final class UsersRoutes {

    static final String LIST = "GET /users";
    static final String CREATE = "POST /users";
    static final String CHANGE = "PUT /users/{username}";
    static final Set<String> ROUTES = Set.of(LIST, CREATE, CHANGE);

    private static final JsonLog LOG = JsonLog.get(UsersRoutes.class);
    private static final int MAX_BODY = 4 * 1024;

    private final UserAdministration users;
    private final DepartmentSettings departments;
    private final IdempotencyClaims claims;
    private final Clock clock;
    private final DisabledOfficers disabled;

    UsersRoutes(UserAdministration users, DepartmentSettings departments, IdempotencyClaims claims, Clock clock) {
        this(users, departments, claims, clock, null);
    }

    /** @param disabled issue 18 (h18-owner): the disabled officers' set the read functions use; null: not kept */
    UsersRoutes(UserAdministration users, DepartmentSettings departments, IdempotencyClaims claims, Clock clock,
                DisabledOfficers disabled) {
        this.disabled = disabled;
        this.users = users;
        this.departments = departments;
        this.claims = claims;
        this.clock = clock;
    }

    HttpFunction function() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(LIST, this::list);
        routes.put(CREATE, this::create);
        routes.put(CHANGE, this::change);
        return HttpFunction.serving(ROUTES, routes);
    }

    private APIGatewayV2HTTPResponse list(HttpRequest request) {
        admin(request);
        UserQuery query = UserQuery.read(name -> request.query(name).orElse(null));
        UserAdministration.Page page = directory(request, () -> users.list(query));
        DepartmentSettings.Names names = departments.names();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(u -> json(u, names)).toList());
        body.put("nextCursor", page.nextCursor());
        body.put("total", page.total());
        return HttpResponses.json(200, body);
    }

    private APIGatewayV2HTTPResponse create(HttpRequest request) {
        Caller caller = admin(request);
        IdempotentBody<NewUser> read = IdempotentBody.read(request, request.jsonObjectBody(MAX_BODY),
                UserRequests::newUser);
        NewUser user = read.value();
        // a request refused for its content writes nothing, not even its key's claim
        directory(request, () -> {
            users.check(user);
            return null;
        });
        if (read.key().isEmpty()) {
            return answer(request, createOnce(request, user, Optional.empty()));
        }
        Idempotency idempotency = Idempotency.of(read.key().get(), CREATE, "", caller.subject(), read.fingerprint());
        IdempotencyClaims.Claim claim = directory(request, () -> claims.claim(idempotency, clock.instant()));
        if (claim instanceof IdempotencyClaims.Claim.Answered answered) {
            Stored first = Stored.read(answered.response());
            LOG.info("create replayed", "status", first.status());
            Map<String, String> headers = new LinkedHashMap<>(first.headers());
            headers.put("Idempotent-Replayed", "true");
            return answer(request, new Stored(first.status(), first.body(), headers));
        }
        Stored outcome = createOnce(request, user, claim instanceof IdempotencyClaims.Claim.Unfinished unfinished
                ? Optional.of(unfinished.claimedAt()) : Optional.empty());
        directory(request, () -> {
            if (outcome.status() == 201) {
                claims.answer(idempotency, Json.write(outcome), clock.instant());
            } else {
                claims.release(idempotency); // a conflict changed nothing; a retry is decided again
            }
            return null;
        });
        return answer(request, outcome);
    }

    /** A created account (201, remembered for a retry) or the conflict with an existing one (409). */
    record Stored(int status, Map<String, Object> body, Map<String, String> headers) {

        @SuppressWarnings("unchecked")
        static Stored read(String json) {
            Map<String, Object> stored = Json.readObject(json);
            Map<String, String> headers = new LinkedHashMap<>();
            ((Map<String, Object>) stored.get("headers")).forEach((k, v) -> headers.put(k, String.valueOf(v)));
            return new Stored(((Number) stored.get("status")).intValue(), (Map<String, Object>) stored.get("body"),
                    headers);
        }
    }

    /** @param resuming when an earlier attempt of this request claimed its key: when it did */
    private Stored createOnce(HttpRequest request, NewUser user, Optional<java.time.Instant> resuming) {
        UserAccount created;
        try {
            created = directory(request, () -> users.create(user));
        } catch (UserDirectory.AlreadyExists exists) {
            // the first attempt of this request may have created it and stopped before answering
            Optional<UserAccount> resumed = resuming.isEmpty() ? Optional.empty()
                    : directory(request, () -> users.resume(user, resuming.get()));
            if (resumed.isEmpty()) {
                LOG.info("create refused: the address has an account");
                Language lang = request.language();
                Problem p = Problem.of(409, "user-exists", lang.pick("Akun sudah ada", "The account exists"),
                        lang.pick("Alamat email ini sudah memiliki akun. Ubah akun itu di daftar pengguna.",
                                "This e-mail address has an account. Change that account in the list of users."));
                return new Stored(409, p.body(request.path(), lang), Map.of());
            }
            created = resumed.get();
        }
        LOG.info("account created", "group", user.group().groupName());
        return new Stored(201, json(created, departments.names()),
                Map.of("Location", "/users/" + URLEncoder.encode(created.username(), StandardCharsets.UTF_8)));
    }

    private static APIGatewayV2HTTPResponse answer(HttpRequest request, Stored outcome) {
        Map<String, String> headers = new LinkedHashMap<>(outcome.headers());
        if (outcome.status() >= 400) {
            headers.put("Content-Type", "application/problem+json; charset=utf-8");
        }
        return HttpResponses.json(outcome.status(), outcome.body(), headers);
    }

    private APIGatewayV2HTTPResponse change(HttpRequest request) {
        Caller caller = admin(request);
        String username = request.pathParameter("username");
        var change = UserRequests.change(request.jsonObjectBody(MAX_BODY));
        Optional<UserAccount> changed = directory(request, () -> users.change(caller.subject(), username, change));
        if (changed.isEmpty()) {
            Language lang = request.language();
            throw Problem.of(404, "not-found", lang.pick("Pengguna tidak ditemukan", "No such user"), null);
        }
        if (change.enabled().isPresent() && disabled != null) {
            // issue 18 (h18-owner): the read functions flag cases whose responsible officer is disabled from this set
            directory(request, () -> {
                disabled.replace(users.disabledUsernames());
                return null;
            });
        }
        LOG.info("account changed", "group", changed.get().group() == null ? null : changed.get().group().groupName(),
                "enabled", changed.get().enabled());
        return HttpResponses.json(200, json(changed.get(), departments.names()));
    }

    /** 403 for anyone but an admin (401 without sign-in, 403 for an access token: {@link Officers#signedIn}). */
    private static Caller admin(HttpRequest request) {
        Caller caller = Officers.signedIn(request);
        if (!UserAdministration.mayManage(Officers.roles(caller))) {
            Language lang = request.language();
            throw Problem.of(403, "admin-only", lang.pick("Hanya admin", "Admins only"),
                    lang.pick("Hanya admin Bagian Kerja Sama yang dapat mengelola akun pengguna.",
                            "Only the cooperation office's admins manage users' accounts."));
        }
        return caller;
    }

    /** Runs a call of the user pool (or the table); 503 with Retry-After when the service does not answer now. */
    private static <T> T directory(HttpRequest request, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (UserDirectory.Unavailable e) {
            LOG.warn("user directory unavailable", "error", e.getCause() == null ? null : e.getCause().getClass().getSimpleName());
            Language lang = request.language();
            throw Problem.of(503, "directory-unavailable", lang.pick("Layanan akun sedang tidak tersedia",
                            "The account service is unavailable"),
                    lang.pick("Coba lagi sebentar lagi.", "Try again in a moment.")).with("retryAfterSeconds", 5);
        }
    }

    static Map<String, Object> json(UserAccount u, DepartmentSettings.Names names) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", u.username());
        out.put("email", u.email());
        out.put("name", u.name());
        out.put("group", u.group() == null ? null : u.group().groupName());
        out.put("groups", u.groups().stream().map(OfficerGroup::groupName).toList());
        out.put("department", u.department());
        out.put("departmentName", u.department() == null ? null : names.of(u.department()));
        out.put("enabled", u.enabled());
        out.put("status", u.status());
        out.put("createdAt", u.createdAt() == null ? null : u.createdAt().toString());
        return out;
    }
}
