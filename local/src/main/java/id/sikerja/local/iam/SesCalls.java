package id.sikerja.local.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.template.LocalNames;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What IAM authorizes for an SES request: SES v2 {@code POST /v2/email/outbound-emails} is {@code ses:SendEmail} on
 * the sending identity; the v1 query API's {@code Action=SendEmail|SendRawEmail} likewise. The identity is the
 * address's own or its domain's (SES sends as whichever is verified): either ARN suffices. Other requests are
 * {@code ses:<Operation>} on {@code *} for v1, and on the path for v2.
 */
final class SesCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ADDRESS = Pattern.compile("<([^>]+)>\\s*$");

    private SesCalls() {
    }

    static List<AwsCall> calls(String method, String path, String contentType, byte[] body) {
        if (path.startsWith("/v2/email/outbound-emails") && method.equals("POST")) {
            String from;
            try {
                JsonNode request = JSON.readTree(body);
                from = request.path("FromEmailAddress").asText("");
            } catch (IOException e) {
                from = "";
            }
            return List.of(new AwsCall("ses:SendEmail", identities(from), Map.of()));
        }
        if (path.startsWith("/v2/")) {
            return List.of(new AwsCall("ses:" + method + path, "*"));
        }
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            Map<String, String> form = S3Calls.query(new String(body, StandardCharsets.UTF_8));
            String action = form.getOrDefault("Action", "");
            if (action.equals("SendEmail") || action.equals("SendRawEmail")) {
                return List.of(new AwsCall("ses:" + action, identities(form.getOrDefault("Source", "")), Map.of()));
            }
            return List.of(new AwsCall("ses:" + action, "*"));
        }
        return List.of(); // not an SES API request (the emulator's own pages)
    }

    static List<String> identities(String from) {
        Matcher bracketed = ADDRESS.matcher(from);
        String address = (bracketed.find() ? bracketed.group(1) : from).strip();
        String prefix = "arn:" + LocalNames.PARTITION + ":ses:" + LocalNames.REGION + ":" + LocalNames.ACCOUNT_ID
                + ":identity/";
        List<String> identities = new ArrayList<>();
        identities.add(prefix + address);
        int at = address.lastIndexOf('@');
        if (at >= 0) {
            identities.add(prefix + address.substring(at + 1));
        }
        return identities;
    }

    static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
