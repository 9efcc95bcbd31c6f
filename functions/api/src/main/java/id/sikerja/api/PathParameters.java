package id.sikerja.api;

import id.sikerja.core.settings.HolidayRequests;
import id.sikerja.core.validation.FieldError;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of every path parameter of every route, checked once by {@link HttpFunction} before a route runs, so no
 * route reads a parameter that could not name anything: a 3,000-character id would otherwise reach DynamoDB and
 * fail there on the key size. A parameter that cannot name anything answers as an unknown resource (404); a year
 * that is not a year is a malformed request (400); a hash is a field the client got wrong (422, as the route
 * answers for a hash of the right shape that is not one).
 */
public final class PathParameters {

    /** Case and upload ids: UUIDs, and the ids of demo or test data; never longer than 64 characters. */
    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
    /** What a person may type as a tracking code (KS-2026-7K3QZP, in any case); the route normalises it. */
    private static final Pattern TRACKING_CODE = Pattern.compile("^[A-Za-z0-9 -]{1,32}$");
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("^[A-Z][A-Z0-9_]{0,63}$");
    private static final Pattern DOCUMENT_VERSION = Pattern.compile("^[1-9][0-9]{0,5}$");
    private static final Pattern YEAR = Pattern.compile("^[0-9]{4}$");
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-fA-F]{64}$");
    /** A parameter this class does not know yet: short and printable, never a key DynamoDB refuses. */
    private static final Pattern OTHER = Pattern.compile("^[^\\p{Cntrl}/]{1,128}$");

    private static final Map<String, Pattern> NOT_FOUND_UNLESS = Map.of(
            "id", ID,
            "documentId", ID,
            "activityId", ID, // issue 18
            "trackingCode", TRACKING_CODE,
            "type", DOCUMENT_TYPE,
            "version", DOCUMENT_VERSION);

    private PathParameters() {
    }

    /** The names whose shape is declared here; a route with another parameter gets the general bound. */
    public static java.util.Set<String> known() {
        java.util.Set<String> names = new java.util.TreeSet<>(NOT_FOUND_UNLESS.keySet());
        names.add("year");
        names.add("sha256");
        return names;
    }

    /** The problem to answer instead of running the route, if a parameter is not of its shape. */
    public static Optional<Problem> check(Map<String, String> parameters) {
        if (parameters == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            String name = p.getKey();
            String value = p.getValue() == null ? "" : p.getValue();
            if (name.equals("year")) {
                if (!YEAR.matcher(value).matches()) {
                    return Optional.of(Problem.invalid(400, "malformed-path", "Tahun tidak valid",
                            "Tahun ditulis dengan empat angka.", List.of(new FieldError("year", "range",
                                    Map.of("min", HolidayRequests.FIRST_YEAR, "max", HolidayRequests.LAST_YEAR)))));
                }
            } else if (name.equals("sha256")) {
                if (!SHA256.matcher(value).matches()) {
                    return Optional.of(Problem.invalid(422, "invalid-fields", "Isian tidak valid",
                            "Periksa kembali isian yang disebutkan.", List.of(FieldError.of("sha256", "sha256"))));
                }
            } else if (!NOT_FOUND_UNLESS.getOrDefault(name, OTHER).matcher(value).matches()) {
                return Optional.of(Problem.of(404, "not-found", "Tidak ditemukan", null));
            }
        }
        return Optional.empty();
    }
}
