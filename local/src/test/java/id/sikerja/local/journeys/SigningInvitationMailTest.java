package id.sikerja.local.journeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.adapters.ses.SesMailer;
import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.signing.ICalendar;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17: the signing invitation's {@code .ics} travels as an attachment of an SES v2 message (the project's
 * {@link SesMailer}) and arrives in the local SES emulator's store byte for byte, as a calendar would receive it.
 */
class SigningInvitationMailTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theIcsAttachmentIsInTheMailEmulatorsStore() throws Exception {
        LocalSystem system = LocalSystem.shared();
        URI ses = system.sesUrl();
        assertNotNull(ses, "the local runtime runs the SES emulator");
        Instant start = LocalDateTime.of(2026, 12, 10, 10, 0).atZone(ZoneId.of("Asia/Makassar")).toInstant();
        String uid = "signing-" + UUID.randomUUID() + "@sikerja";
        String ics = ICalendar.request(new ICalendar.Event(uid, 1, Instant.now(), start, start.plusSeconds(7200),
                "Penandatanganan KB: Rujukan pasien lintas daerah", "Zona waktu: Asia/Makassar (WITA)",
                "Ruang Rapat Lt. 2, Kantor Wali Kota", new ICalendar.Attendee("Bagian Kerja Sama", "no-reply@sikerja.local"),
                List.of(new ICalendar.Attendee("Mitra", "mitra@example.com"))));
        String subject = "Undangan penandatanganan " + uid;

        try (SesV2Client client = SesV2Client.builder().endpointOverride(ses).region(Region.of("ap-southeast-3"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            new SesMailer(client).send("no-reply@sikerja.local", new MailMessage(List.of("mitra@example.com"), subject,
                    "Undangan terlampir.", "<p>Undangan terlampir.</p>",
                    List.of(new MailMessage.Attachment("undangan-penandatanganan.ics",
                            "text/calendar; charset=UTF-8; method=REQUEST", ics.getBytes(StandardCharsets.UTF_8)))));
        }

        HttpResponse<String> store = WorkflowApi.HTTP.send(HttpRequest.newBuilder(ses.resolve("/store")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode sent = null;
        for (JsonNode email : JSON.readTree(store.body()).path("emails")) {
            if (subject.equals(email.path("subject").asText())) {
                sent = email;
            }
        }
        assertNotNull(sent, "the message is in the emulator's store");
        JsonNode attachment = sent.path("attachments").get(0);
        assertEquals("undangan-penandatanganan.ics", attachment.path("filename").asText());
        assertTrue(attachment.path("contentType").asText().startsWith("text/calendar"), attachment.toString());
        String stored = new String(Base64.getDecoder().decode(attachment.path("content").asText()), StandardCharsets.UTF_8);
        assertEquals(ics, stored, "the calendar arrives byte for byte");
        assertTrue(stored.contains("\r\nUID:" + uid + "\r\n") && stored.contains("\r\nSEQUENCE:1\r\n")
                && stored.contains("\r\nMETHOD:REQUEST\r\n"));
    }
}
