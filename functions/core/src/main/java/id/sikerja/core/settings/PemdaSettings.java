package id.sikerja.core.settings;

import java.time.ZoneId;
import java.util.List;

/**
 * What the running Pemda is: its name, its time zone (business dates and deadlines), the web front end's
 * base URL (links in e-mails), Si Kerja's sender address and the Bagian Kerja Sama's inbox(es).
 */
public record PemdaSettings(String name, ZoneId zone, String webBaseUrl, String mailFrom, List<String> adminEmails) {

    public PemdaSettings {
        webBaseUrl = webBaseUrl.endsWith("/") ? webBaseUrl.substring(0, webBaseUrl.length() - 1) : webBaseUrl;
        adminEmails = List.copyOf(adminEmails);
    }
}
