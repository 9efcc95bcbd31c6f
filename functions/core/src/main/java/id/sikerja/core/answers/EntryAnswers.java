package id.sikerja.core.answers;

import id.sikerja.core.reads.CaseSummary;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the public sees of the cases answering an entry (issue 16): how many proposals it received, and which
 * agreements it led to, only those the public registry shows (its own visibility rules: {@code Registry#find}), with
 * nothing of the other cases but their number.
 */
public final class EntryAnswers {

    private final AnswerLinks links;
    private final Function<String, Optional<CaseSummary>> registry;

    /** @param registry the public registry's agreement by case id (empty unless public) */
    public EntryAnswers(AnswerLinks links, Function<String, Optional<CaseSummary>> registry) {
        this.links = links;
        this.registry = registry;
    }

    /** The entry's answers: the number of proposals and the public agreements among them, oldest first. */
    public Answers of(String potentialId) {
        List<AnswerLinks.Link> all = links.ofPotential(potentialId);
        List<CaseSummary> agreements = all.stream().map(l -> registry.apply(l.caseId()))
                .flatMap(Optional::stream).toList();
        return new Answers(all.size(), agreements);
    }

    /** The number of proposals answering an entry and the public agreements it led to. */
    public record Answers(int proposals, List<CaseSummary> agreements) {
        public Answers {
            agreements = List.copyOf(agreements);
        }
    }
}
