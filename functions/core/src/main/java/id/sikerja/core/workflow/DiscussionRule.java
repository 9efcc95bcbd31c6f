package id.sikerja.core.workflow;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who may read and write a case's discussion (issue 17), per role: which visibilities it reads, which it writes, and
 * in which stages it may write. Whether the case is visible at all stays {@code cases.Visibility}'s decision (a case
 * another department owns is "not found"). Declared in {@link ProcessDefinitions#DISCUSSION}.
 *
 * @param reads         the visibilities of the comments the role sees ({@code INTERNAL}, {@code SHARED})
 * @param writes        the visibilities the role may write
 * @param writesInStage whether the role may write in a stage (a closed case is read-only for everyone)
 */
public record DiscussionRule(Set<String> reads, Set<String> writes, java.util.function.Predicate<Stage> writesInStage) {

    public static final String INTERNAL = "INTERNAL";
    public static final String SHARED = "SHARED";

    public DiscussionRule {
        reads = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(reads));
        writes = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(writes));
        Objects.requireNonNull(writesInStage, "writesInStage");
    }

    /** Whether the role may write a comment of this visibility in this stage. */
    public boolean mayWrite(String visibility, Stage stage) {
        return writes.contains(visibility) && writesInStage.test(stage);
    }

    /** Whether the role may write anything in this stage. */
    public boolean writesAnything(Stage stage) {
        return !writes.isEmpty() && writesInStage.test(stage);
    }

    public boolean mayRead(String visibility) {
        return reads.contains(visibility);
    }

    /** The stages of {@code Stage} in which the role may write, for the process table's description. */
    public Set<Stage> writingStages() {
        Set<Stage> out = EnumSet.noneOf(Stage.class);
        for (Stage s : Stage.values()) {
            if (writesAnything(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
