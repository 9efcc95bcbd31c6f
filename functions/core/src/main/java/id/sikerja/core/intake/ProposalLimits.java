package id.sikerja.core.intake;

import id.sikerja.core.security.Secrets;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How many proposals a day {@code POST /proposals} (anonymous, and sending mail from the Pemda's domain to the
 * partner's address) admits per partner e-mail address and per caller's source IP. The day is the Pemda's.
 *
 * <p>Counter keys hold no address in clear: the SHA-256 of the day and the normalised value (lower case, without
 * a {@code +tag}, and without dots in the local part of a Gmail address: the spellings that reach one mailbox).
 *
 * @param perAddress  proposals a day to one partner e-mail address (at least 1)
 * @param perSourceIp proposals a day from one source IP (at least 1)
 */
public record ProposalLimits(int perAddress, int perSourceIp) {

    public ProposalLimits {
        if (perAddress < 1 || perSourceIp < 1) {
            throw new IllegalArgumentException("proposal limits must be at least 1: " + perAddress + ", " + perSourceIp);
        }
    }

    /** The counters a proposal to {@code email} from {@code sourceIp} (null when unknown) counts on, on {@code day}. */
    public List<ProposalCounter.Counter> counters(LocalDate day, String email, String sourceIp) {
        List<ProposalCounter.Counter> counters = new ArrayList<>(2);
        counters.add(new ProposalCounter.Counter(day + "#ADDRESS#" + Secrets.sha256Hex(day + "\n" + normalisedAddress(email)),
                perAddress));
        if (sourceIp != null && !sourceIp.isBlank()) {
            counters.add(new ProposalCounter.Counter(day + "#IP#" + Secrets.sha256Hex(day + "\n" + sourceIp.strip()
                    .toLowerCase(Locale.ROOT)), perSourceIp));
        }
        return counters;
    }

    /** The address as one mailbox: lower case, no {@code +tag}, no dots in a Gmail local part. */
    static String normalisedAddress(String email) {
        String e = email.strip().toLowerCase(Locale.ROOT);
        int at = e.lastIndexOf('@');
        if (at < 0) {
            return e;
        }
        String local = e.substring(0, at);
        String domain = e.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    /** The start of the Pemda's next day after {@code now}: when the counters of today stop counting. */
    static Instant nextDay(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whole seconds from {@code now} until the Pemda's day rolls over (at least 1). */
    static long secondsUntilNextDay(Instant now, ZoneId zone) {
        Duration left = Duration.between(now, nextDay(now, zone));
        return Math.max(1, left.getSeconds() + (left.getNano() > 0 ? 1 : 0));
    }
}
