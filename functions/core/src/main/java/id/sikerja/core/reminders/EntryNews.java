package id.sikerja.core.reminders;

import id.sikerja.core.answers.AnswerLinks;
import id.sikerja.core.potentials.Potential;
import id.sikerja.core.potentials.PotentialStatus;
import id.sikerja.core.potentials.PotentialStore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a department's digest says of its entries (issue 16): the proposals that answered them in the days the digest
 * covers (the full days before today, so each proposal is listed in exactly one digest of a recipient), and its
 * entries OPEN for more than a year that no proposal answers. Reads by key only: the department's entries (its own
 * index), the links created since the period's start, and each old OPEN entry's links.
 */
public final class EntryNews {

    private static final int PAGE = 100;

    private final PotentialStore potentials;
    private final AnswerLinks links;
    private final ZoneId zone;

    public EntryNews(PotentialStore potentials, AnswerLinks links, ZoneId zone) {
        this.potentials = potentials;
        this.links = links;
        this.zone = zone;
    }

    /** The lines for {@code department}'s digest sent {@code today} covering {@code coversDays} days. */
    public List<EntryLine> lines(String department, LocalDate today, int coversDays) {
        Map<String, Potential> entries = new LinkedHashMap<>();
        Optional<String> after = Optional.empty();
        do {
            PotentialStore.Slice slice = potentials.byDepartment(department, PAGE, after);
            slice.items().forEach(p -> entries.put(p.id(), p));
            after = slice.next();
        } while (after.isPresent());
        if (entries.isEmpty()) {
            return List.of();
        }
        Instant from = today.minusDays(coversDays).atStartOfDay(zone).toInstant();
        Instant to = today.atStartOfDay(zone).toInstant();
        List<EntryLine> out = new ArrayList<>();
        for (AnswerLinks.Link link : links.createdSince(from)) {
            Potential entry = entries.get(link.potentialId());
            if (entry != null && link.createdAt().isBefore(to)) {
                out.add(new EntryLine(EntryLine.Kind.NEW_PROPOSAL, entry.id(), entry.title(), entry.titleEn().orElse(""),
                        link.caseId(), link.title(), LocalDate.ofInstant(link.createdAt(), zone)));
            }
        }
        Instant yearAgo = today.minusYears(1).atStartOfDay(zone).toInstant();
        for (Potential entry : entries.values()) {
            if (entry.status() == PotentialStatus.OPEN && entry.createdAt().isBefore(yearAgo)
                    && links.ofPotential(entry.id()).isEmpty()) {
                out.add(new EntryLine(EntryLine.Kind.UNANSWERED, entry.id(), entry.title(), entry.titleEn().orElse(""),
                        "", "", LocalDate.ofInstant(entry.createdAt(), zone)));
            }
        }
        out.sort(Comparator.comparing(EntryLine::kind).thenComparing(EntryLine::date).thenComparing(EntryLine::potentialId));
        return out;
    }
}
