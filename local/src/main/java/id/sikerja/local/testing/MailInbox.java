package id.sikerja.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The mail the local SES accepted: aws-ses-v2-local's store, or LocalStack's SES endpoint. */
public final class MailInbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI list;
    private final HttpRequest clear;
    private final boolean localStack;

    private MailInbox(URI list, HttpRequest clear, boolean localStack) {
        this.list = list;
        this.clear = clear;
        this.localStack = localStack;
    }

    /** aws-ses-v2-local: {@code GET /store}, {@code POST /clear-store}. */
    static MailInbox sesEmulator(URI base) {
        return new MailInbox(base.resolve("/store"),
                HttpRequest.newBuilder(base.resolve("/clear-store")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                false);
    }

    /** LocalStack: {@code GET /_aws/ses}, {@code DELETE /_aws/ses}. */
    static MailInbox localStack(URI endpoint) {
        URI messages = endpoint.resolve("/_aws/ses");
        return new MailInbox(messages, HttpRequest.newBuilder(messages).DELETE().build(), true);
    }

    /** Every message sent since the start or the last {@link #clear()}, oldest first. */
    public List<SentMail> sent() {
        JsonNode store;
        try {
            store = JSON.readTree(send(HttpRequest.newBuilder(list).GET().build()));
        } catch (IOException e) {
            throw new IllegalStateException(list + " did not answer JSON", e);
        }
        List<SentMail> mail = new ArrayList<>();
        if (localStack) {
            for (JsonNode message : store.path("messages")) {
                mail.add(new SentMail(message.path("Id").asText(), message.path("Source").asText(),
                        strings(message.path("Destination").path("ToAddresses")),
                        strings(message.path("Destination").path("CcAddresses")),
                        message.path("Subject").asText(null), message.path("Body").path("text_part").asText(null),
                        message.path("Body").path("html_part").asText(null)));
            }
        } else {
            for (JsonNode email : store.path("emails")) {
                mail.add(new SentMail(email.path("messageId").asText(), email.path("from").asText(),
                        strings(email.path("destination").path("to")), strings(email.path("destination").path("cc")),
                        email.path("subject").asText(null), email.path("body").path("text").asText(null),
                        email.path("body").path("html").asText(null)));
            }
        }
        return mail;
    }

    public void clear() {
        send(clear);
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
