package id.sikerja.core.cases;

import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Numbers;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.MonevCriterion;
import id.sikerja.core.workflow.MonevEvaluation;
import id.sikerja.core.workflow.MonevRecommendation;
import id.sikerja.core.workflow.MonevSubmission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the JSON bodies of the case routes (parsed into plain maps, lists, strings, numbers and booleans) into
 * workflow commands, or throws {@link InvalidInput} naming every bad field. Only the shape is checked here: whether
 * the action applies, who may do it and what it requires is the workflow's decision.
 *
 * <p>A transition:
 * <pre>
 * {"action": "SIGN_KB", "version": 7, "note": "...",
 *  "facts": {"kbSignedOn": "2026-11-20"},
 *  "documents": [{"type": "KB_SIGNED", "storageKey": "...", "sha256": "64 hex", "fileName": "kb.pdf"}],
 *  "endReason": "TUJUAN_TERCAPAI", "departments": ["DINKES"],
 *  "monev": {"periodDate": "2026-03-01", "summary": "...",
 *            "evaluation": {"scores": {"KESESUAIAN_TUJUAN": 4, ...}, "rating": 4, "recommendation": "LANJUTKAN"}}}
 * </pre>
 * Fact values are JSON strings in their stored form (ISO dates, enum names, plain decimals), or JSON booleans and
 * numbers for yes/no and numeric facts.
 */
public final class CaseRequests {

    public static final int MAX_NOTE = 2000;
    public static final int MAX_DOCUMENTS = 20;
    static final Pattern DEPARTMENT = Pattern.compile("^[A-Z0-9_-]{2,32}$");
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-fA-F]{64}$");
    /** Printable, no leading slash, no "." or ".." segment, no backslash: a key the upload issue can own. */
    private static final Pattern STORAGE_KEY =
            Pattern.compile("^(?!/)(?!.*(^|/)\\.{1,2}(/|$))[^\\x00-\\x1F\\x7F\\\\]{1,1024}$");
    private static final Set<String> TRANSITION_MEMBERS = Set.of("action", "version", "note", "facts", "documents",
            "endReason", "monev", "departments");
    private static final Set<String> LINK_MEMBERS = Set.of("note");
    private static final Set<String> CHILD_MEMBERS = Set.of("departments", "title", "note");

    private CaseRequests() {
    }

    /** An action on a case, with the version the caller saw. */
    public record TransitionRequest(long version, Command command) {
    }

    /** A new case: what is proposed, and for a legacy agreement its facts; the documents it starts with. */
    public record Opening(Proposal proposal, Facts facts, List<DocumentUpload> documents) {
        public Opening {
            documents = List.copyOf(documents);
        }
    }

    /** A PKS under a KB: its departments, an optional title of its own, an optional note. */
    public record ChildPksRequest(List<String> departments, Optional<String> title, Optional<String> note) {
        public ChildPksRequest {
            departments = List.copyOf(departments);
        }
    }

    public static TransitionRequest transition(Map<String, Object> body) {
        Fields f = Fields.of(body);
        unknownMembers(f, body, TRANSITION_MEMBERS);
        Action action = action(f, body);
        Integer version = f.integer("version", 1, Integer.MAX_VALUE);
        Optional<String> note = Optional.ofNullable(f.optionalLongText("note", MAX_NOTE));
        Facts facts = facts(f, body.get("facts"));
        List<DocumentUpload> documents = documents(f, body.get("documents"));
        EndReason endReason = f.has("endReason") ? f.choice("endReason", EndReason.class) : null;
        Optional<MonevSubmission> monev = body.containsKey("monev") ? monev(f, body.get("monev")) : Optional.empty();
        Optional<List<String>> departments = body.containsKey("departments")
                ? Optional.of(f.codes("departments", DEPARTMENT, "department_code", 20)) : Optional.empty();
        f.throwIfInvalid();

        Command c = Command.of(action).withFacts(facts);
        for (DocumentUpload d : documents) {
            c = c.withDocument(d);
        }
        if (note.isPresent()) {
            c = c.withNote(note.get());
        }
        if (endReason != null) {
            c = c.withEndReason(endReason);
        }
        if (monev.isPresent()) {
            c = c.withMonev(monev.get());
        }
        if (departments.isPresent()) {
            c = c.withDepartments(departments.get());
        }
        return new TransitionRequest(version, c);
    }

    /** A department's new case: a proposal (with its departments) and optional {@code documents}. */
    public static Opening byDepartment(Map<String, Object> body) {
        return opening(body, false);
    }

    /** A legacy agreement: a proposal, its {@code facts} (signing dates, term...) and {@code documents}. */
    public static Opening legacy(Map<String, Object> body) {
        return opening(body, true);
    }

    /** An extension: an optional {@code note}. An absent body is an empty one. */
    public static Optional<String> extension(Map<String, Object> body) {
        Fields f = Fields.of(body);
        unknownMembers(f, body, LINK_MEMBERS);
        String note = f.optionalLongText("note", MAX_NOTE);
        f.throwIfInvalid();
        return Optional.ofNullable(note);
    }

    public static ChildPksRequest childPks(Map<String, Object> body) {
        Fields f = Fields.of(body);
        unknownMembers(f, body, CHILD_MEMBERS);
        List<String> departments = f.codes("departments", DEPARTMENT, "department_code", 20);
        if (departments.isEmpty() && !body.containsKey("departments")) {
            f.reject("departments", "required", Map.of());
        }
        String title = f.optionalText("title", 300);
        String note = f.optionalLongText("note", MAX_NOTE);
        f.throwIfInvalid();
        return new ChildPksRequest(departments, Optional.ofNullable(title), Optional.ofNullable(note));
    }

    // ---- issue 18 (h18-amend): POST /cooperations/{id}/amendments

    private static final Set<String> AMENDMENT_MEMBERS = Set.of("version", "reason", "changes", "burdensPublic",
            "fundingUnbudgeted", "documents");
    private static final Set<String> AMENDMENT_CHANGES = Set.of("termEnd", "value", "scope", "obligations",
            "departments");

    /**
     * An amendment of a running agreement: the {@code version} seen, its {@code reason}, the {@code changes} (after-
     * values only: {@code termEnd}, {@code value}, {@code scope}, {@code obligations}, {@code departments}; the
     * values before are the case's), the DPRD test of the change ({@code burdensPublic}, {@code fundingUnbudgeted})
     * and optional {@code documents} (e.g. the draft addendum). Read as the action {@link Action#PROPOSE_AMENDMENT}.
     */
    public static TransitionRequest amendment(Map<String, Object> body) {
        Fields f = Fields.of(body);
        unknownMembers(f, body, AMENDMENT_MEMBERS);
        Integer version = f.integer("version", 1, Integer.MAX_VALUE);
        String reason = f.longText("reason", 1, MAX_NOTE);
        Facts facts = Facts.empty();
        Object rawChanges = body.get("changes");
        if (rawChanges == null) {
            f.reject("changes", "required", Map.of());
        } else if (!(rawChanges instanceof Map<?, ?> changes)) {
            f.reject("changes", "not_object", Map.of());
        } else {
            changes.keySet().stream().map(String::valueOf).filter(k -> !AMENDMENT_CHANGES.contains(k)).sorted()
                    .forEach(k -> f.reject("changes." + k, "unknown_field", Map.of()));
            facts = facts.withAll(change(f, changes, "termEnd", Fact.AMENDMENT_TERM_END));
            facts = facts.withAll(change(f, changes, "value", Fact.AMENDMENT_VALUE));
            facts = facts.withAll(change(f, changes, "scope", Fact.AMENDMENT_SCOPE));
            facts = facts.withAll(change(f, changes, "obligations", Fact.AMENDMENT_OBLIGATIONS));
            if (changes.get("departments") != null) {
                @SuppressWarnings("unchecked")
                Fields inner = Fields.of((Map<String, Object>) changes);
                List<String> codes = inner.codes("departments", DEPARTMENT, "department_code", 20);
                inner.errors().forEach(e -> f.reject("changes." + e.field(), e.code(), e.params()));
                if (inner.errors().isEmpty() && codes.isEmpty()) {
                    f.reject("changes.departments", "required", Map.of());
                } else if (inner.errors().isEmpty()) {
                    facts = facts.with(Fact.AMENDMENT_DEPARTMENTS, String.join(",", codes.stream().distinct().toList()));
                }
            }
        }
        facts = facts.withAll(requiredFact(f, body, "burdensPublic", Fact.AMENDMENT_BURDENS_PUBLIC));
        facts = facts.withAll(requiredFact(f, body, "fundingUnbudgeted", Fact.AMENDMENT_FUNDING_UNBUDGETED));
        List<DocumentUpload> documents = documents(f, body.get("documents"));
        f.throwIfInvalid();
        Command c = Command.of(Action.PROPOSE_AMENDMENT).withFacts(facts).withNote(reason);
        for (DocumentUpload d : documents) {
            c = c.withDocument(d);
        }
        return new TransitionRequest(version, c);
    }

    private static Facts change(Fields f, Map<?, ?> changes, String name, Fact<?> fact) {
        Object raw = changes.get(name);
        if (raw == null) {
            return Facts.empty();
        }
        if (raw instanceof String s && (fact == Fact.AMENDMENT_SCOPE || fact == Fact.AMENDMENT_OBLIGATIONS)) {
            String t = s.strip();
            if (t.isEmpty()) {
                f.reject("changes." + name, "required", Map.of());
                return Facts.empty();
            }
            if (t.length() > 4000) {
                f.reject("changes." + name, "too_long", Map.of("max", 4000));
                return Facts.empty();
            }
            if (Fields.hasForbiddenCharacter(t, true)) {
                f.reject("changes." + name, "forbidden_character", Map.of());
                return Facts.empty();
            }
            return Facts.empty().withUnchecked(fact, t);
        }
        Object value = factValue(f, "changes." + name, fact, raw);
        return value == null ? Facts.empty() : Facts.empty().withUnchecked(fact, value);
    }

    private static Facts requiredFact(Fields f, Map<String, Object> body, String name, Fact<?> fact) {
        Object value = factValue(f, name, fact, body.get(name));
        return value == null ? Facts.empty() : Facts.empty().withUnchecked(fact, value);
    }

    // ------------------------------------------------------------------------------------------------

    private static Opening opening(Map<String, Object> body, boolean legacy) {
        List<FieldError> errors = new ArrayList<>();
        Proposal proposal = null;
        try {
            proposal = ProposalReader.read(body);
        } catch (InvalidInput bad) {
            errors.addAll(bad.errors());
        }
        Fields f = Fields.of(body);
        Facts facts = Facts.empty();
        if (legacy) {
            facts = facts(f, body.get("facts"));
        } else if (body.containsKey("facts")) {
            f.reject("facts", "unknown_field", Map.of());
        }
        List<DocumentUpload> documents = documents(f, body.get("documents"));
        errors.addAll(f.errors());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Opening(proposal, facts, documents);
    }

    private static void unknownMembers(Fields f, Map<String, Object> body, Set<String> known) {
        body.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> f.reject(k, "unknown_field", Map.of()));
    }

    private static Action action(Fields f, Map<String, Object> body) {
        if (!(body.get("action") instanceof String s) || s.isBlank()) {
            f.text("action", 1, 64); // records required / not_text
            return null;
        }
        String name = s.strip();
        for (Action a : Action.values()) {
            if (a.isStageAction() && a.name().equals(name)) {
                return a;
            }
        }
        f.reject("action", "one_of", Map.of("allowed", Arrays.stream(Action.values()).filter(Action::isStageAction)
                .map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    /** The {@code facts} object; absent is empty. */
    static Facts facts(Fields f, Object raw) {
        if (raw == null) {
            return Facts.empty();
        }
        if (!(raw instanceof Map<?, ?> map)) {
            f.reject("facts", "not_object", Map.of());
            return Facts.empty();
        }
        Facts facts = Facts.empty();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            String field = "facts." + key;
            Optional<Fact<?>> fact = Fact.byKey(key);
            if (fact.isEmpty()) {
                f.reject(field, "unknown_fact", Map.of());
                continue;
            }
            Object value = factValue(f, field, fact.get(), e.getValue());
            if (value != null) {
                facts = facts.withUnchecked(fact.get(), value);
            }
        }
        return facts;
    }

    private static Object factValue(Fields f, String field, Fact<?> fact, Object raw) {
        Class<?> type = fact.type();
        boolean numeric = type == Integer.class || type == BigDecimal.class;
        String text;
        if (raw == null) {
            f.reject(field, "required", Map.of());
            return null;
        } else if (raw instanceof String s) {
            if (Fields.hasForbiddenCharacter(s.strip(), false)) {
                f.reject(field, "forbidden_character", Map.of());
                return null;
            }
            text = s;
        } else if (raw instanceof Boolean b && type == Boolean.class) {
            text = b.toString();
        } else if (numeric && Numbers.exact(raw) != null) {
            BigDecimal d = Numbers.exact(raw);
            if (!Numbers.modest(d)) {
                // refused by its precision and scale: its plain form (1e150000) is never built
                f.reject(field, fact.rangeCode(), fact.rangeParams());
                return null;
            }
            text = d.toPlainString();
        } else {
            f.reject(field, typeError(fact), typeParams(fact));
            return null;
        }
        try {
            return fact.parse(text);
        } catch (IllegalArgumentException bad) {
            if (isParsable(fact, text)) {
                f.reject(field, fact.rangeCode(), fact.rangeParams());
            } else {
                f.reject(field, typeError(fact), typeParams(fact));
            }
            return null;
        }
    }

    /** Whether the text has the fact's type, so a failure to parse means the value is out of range. */
    private static boolean isParsable(Fact<?> fact, String text) {
        String s = text.strip();
        if (s.length() > Numbers.MAX_TEXT) {
            return fact.type() == String.class;
        }
        try {
            if (fact.type() == Integer.class) {
                Integer.parseInt(s);
            } else if (fact.type() == BigDecimal.class) {
                new BigDecimal(s);
            } else if (fact.type() == String.class) {
                return !s.isEmpty();
            } else {
                return false;
            }
            return true;
        } catch (NumberFormatException e) {
            return fact.type() == Integer.class && Numbers.parse(s) != null
                    && Numbers.parse(s).stripTrailingZeros().scale() <= 0; // whole, beyond an int
        }
    }

    private static String typeError(Fact<?> fact) {
        Class<?> type = fact.type();
        if (type == LocalDate.class) {
            return "date";
        } else if (type == Boolean.class) {
            return "not_boolean";
        } else if (type == Integer.class) {
            return "not_integer";
        } else if (type == BigDecimal.class) {
            return "not_number";
        } else if (type.isEnum()) {
            return "one_of";
        }
        return "not_text";
    }

    private static Map<String, Object> typeParams(Fact<?> fact) {
        if (fact.type().isEnum()) {
            return Map.of("allowed", Arrays.stream(fact.type().getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ")));
        }
        return Map.of();
    }

    /** The {@code documents} list of references; absent is empty. */
    static List<DocumentUpload> documents(Fields f, Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            f.reject("documents", "not_list", Map.of());
            return List.of();
        }
        if (list.size() > MAX_DOCUMENTS) {
            f.reject("documents", "too_many", Map.of("max", MAX_DOCUMENTS));
            return List.of();
        }
        List<DocumentUpload> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "documents[" + i + "]";
            Fields item = Fields.of(Map.of(path, list.get(i) == null ? Map.of() : list.get(i))).object(path);
            List<FieldError> before = List.of();
            DocumentUpload upload = null;
            if (item != null) {
                DocumentType type = item.choice("type", DocumentType.class);
                String key = item.text("storageKey", 1, 1024);
                if (key != null && !STORAGE_KEY.matcher(key).matches()) {
                    item.reject("storageKey", "storage_key", Map.of());
                    key = null;
                }
                String sha = item.text("sha256", 1, 128);
                if (sha != null && !SHA256.matcher(sha).matches()) {
                    item.reject("sha256", "sha256", Map.of());
                    sha = null;
                }
                String name = item.optionalText("fileName", 255);
                before = item.errors();
                if (before.isEmpty()) {
                    upload = new DocumentUpload(type, key, sha.toLowerCase(java.util.Locale.ROOT), name);
                }
            } else {
                f.reject(path, "not_object", Map.of());
            }
            before.forEach(e -> f.reject(e.field(), e.code(), e.params()));
            if (upload != null) {
                out.add(upload);
            }
        }
        return out;
    }

    private static Optional<MonevSubmission> monev(Fields f, Object raw) {
        Fields m = f.object("monev");
        if (m == null) {
            return Optional.empty();
        }
        LocalDate period = date(m, "periodDate");
        String summary = m.optionalLongText("summary", 5000);
        Optional<MonevEvaluation> evaluation = Optional.empty();
        if (m.has("evaluation")) {
            Fields ev = m.object("evaluation");
            if (ev != null) {
                Map<?, ?> rawEvaluation = (Map<?, ?>) ((Map<?, ?>) raw).get("evaluation");
                Map<MonevCriterion, List<String>> cited = cited(ev, rawEvaluation.get("cited"));
                evaluation = evaluation(ev, rawEvaluation.get("scores"))
                        .map(e -> new MonevEvaluation(e.scores(), e.rating(), e.recommendation(), cited));
            }
        }
        return period == null ? Optional.empty()
                : Optional.of(new MonevSubmission(period, summary == null ? "" : summary, evaluation));
    }

    /** Issue 18: ids of activities an evaluation's criterion cites ({@link MonevEvaluation#CITING} only). */
    private static final java.util.regex.Pattern ACTIVITY_ID = java.util.regex.Pattern.compile("^[0-9a-fA-F-]{8,64}$");

    private static Map<MonevCriterion, List<String>> cited(Fields ev, Object rawCited) {
        Map<MonevCriterion, List<String>> out = new EnumMap<>(MonevCriterion.class);
        if (rawCited == null) {
            return out;
        }
        Fields cited = ev.object("cited");
        if (cited == null) {
            return out;
        }
        List<String> allowed = MonevEvaluation.CITING.stream().map(Enum::name).sorted().toList();
        for (String k : ((Map<?, ?>) rawCited).keySet().stream().map(String::valueOf).sorted().toList()) {
            if (!allowed.contains(k)) {
                cited.reject(k, "one_of", Map.of("allowed", String.join(", ", allowed)));
                continue;
            }
            List<String> ids = cited.codes(k, ACTIVITY_ID, "not_activity", 50);
            if (!ids.isEmpty()) {
                out.put(MonevCriterion.valueOf(k), ids);
            }
        }
        return out;
    }

    private static Optional<MonevEvaluation> evaluation(Fields ev, Object rawScores) {
        Fields scores = ev.object("scores");
        Map<MonevCriterion, Integer> read = new EnumMap<>(MonevCriterion.class);
        if (scores != null) {
            Set<String> known = Arrays.stream(MonevCriterion.values()).map(Enum::name).collect(Collectors.toSet());
            ((Map<?, ?>) rawScores).keySet().stream().map(String::valueOf).filter(k -> !known.contains(k)).sorted()
                    .forEach(k -> scores.reject(k, "one_of", Map.of("allowed", String.join(", ", known.stream()
                            .sorted().toList()))));
            for (MonevCriterion c : MonevCriterion.values()) {
                if (scores.has(c.name())) {
                    Integer s = scores.integer(c.name(), 1, 5);
                    if (s != null) {
                        read.put(c, s);
                    }
                }
            }
        }
        Integer rating = ev.integer("rating", 1, 5);
        MonevRecommendation recommendation = ev.choice("recommendation", MonevRecommendation.class);
        if (rating == null || recommendation == null) {
            return Optional.empty();
        }
        // missing criteria are the workflow's to name (MonevEvaluation.problems), in an officer's words
        return Optional.of(new MonevEvaluation(read, rating, recommendation));
    }

    private static LocalDate date(Fields f, String name) {
        String t = f.text(name, 1, 32);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            f.reject(name, "date", Map.of());
            return null;
        }
    }
}
