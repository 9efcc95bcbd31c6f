package id.sikerja.local.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Cognito Identity Provider's JSON protocol ({@code POST /} with {@code X-Amz-Target:
 * AWSCognitoIdentityProviderService.<Operation>}, {@code application/x-amz-json-1.1}) for the admin operations the
 * users function calls, on the {@link LocalUserPool}: ListUsers, ListUsersInGroup, AdminGetUser,
 * AdminListGroupsForUser, AdminCreateUser, AdminAddUserToGroup, AdminRemoveUserFromGroup, AdminUpdateUserAttributes,
 * AdminDeleteUserAttributes, AdminEnableUser and AdminDisableUser. Errors have Cognito's shape (400,
 * {@code __type} and {@code message}), so the real SDK client throws the same exceptions as against AWS
 * ({@code UserNotFoundException}, {@code UsernameExistsException}, {@code ResourceNotFoundException}, ...). The gateway
 * serves it at {@code /_local/cognito}, where the functions' {@code AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER}
 * points. Signatures are not checked. No invitation mail is sent: the new officer signs in locally through
 * {@code POST /_local/token} with the address.
 */
public final class CognitoStandIn {

    public static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";
    public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_PAGE = 60;

    /** An answer: the status and the JSON body. */
    public record Answer(int status, String body) {
    }

    private final LocalUserPool pool;

    public CognitoStandIn(LocalUserPool pool) {
        this.pool = pool;
    }

    /** Answers one call; {@code target} is the X-Amz-Target header. */
    public Answer handle(String target, byte[] body) {
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            return error("UnknownOperationException", "X-Amz-Target must name an AWSCognitoIdentityProviderService operation");
        }
        JsonNode request;
        try {
            request = body == null || body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return error("SerializationException", "the body is not JSON");
        }
        if (!pool.poolId().equals(request.path("UserPoolId").asText())) {
            return error("ResourceNotFoundException", "User pool " + request.path("UserPoolId").asText() + " does not exist.");
        }
        synchronized (pool) {
            try {
                return switch (target.substring(TARGET_PREFIX.length())) {
                    case "ListUsers" -> listUsers(request);
                    case "ListUsersInGroup" -> listUsersInGroup(request);
                    case "AdminGetUser" -> adminGetUser(request);
                    case "AdminListGroupsForUser" -> adminListGroupsForUser(request);
                    case "AdminCreateUser" -> adminCreateUser(request);
                    case "AdminAddUserToGroup" -> groupMembership(request, true);
                    case "AdminRemoveUserFromGroup" -> groupMembership(request, false);
                    case "AdminUpdateUserAttributes" -> updateAttributes(request);
                    case "AdminDeleteUserAttributes" -> deleteAttributes(request);
                    case "AdminEnableUser" -> enable(request, true);
                    case "AdminDisableUser" -> enable(request, false);
                    default -> error("UnknownOperationException", target + " is not served by the local stand-in");
                };
            } catch (Refused refused) {
                return refused.answer;
            }
        }
    }

    private Answer listUsers(JsonNode request) {
        Page page = page(pool.accounts(), request, "PaginationToken");
        ObjectNode out = JSON.createObjectNode();
        ArrayNode users = out.putArray("Users");
        page.items.forEach(a -> users.add(user(a, "Attributes")));
        if (page.next != null) {
            out.put("PaginationToken", page.next);
        }
        return ok(out);
    }

    private Answer listUsersInGroup(JsonNode request) {
        String group = group(request);
        List<LocalUserPool.Account> members = pool.accounts().stream().filter(a -> a.groups.contains(group)).toList();
        Page page = page(members, request, "NextToken");
        ObjectNode out = JSON.createObjectNode();
        ArrayNode users = out.putArray("Users");
        page.items.forEach(a -> users.add(user(a, "Attributes")));
        if (page.next != null) {
            out.put("NextToken", page.next);
        }
        return ok(out);
    }

    private Answer adminGetUser(JsonNode request) {
        LocalUserPool.Account account = account(request);
        ObjectNode out = user(account, "UserAttributes");
        return ok(out);
    }

    private Answer adminListGroupsForUser(JsonNode request) {
        LocalUserPool.Account account = account(request);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode groups = out.putArray("Groups");
        for (String name : account.groups) {
            ObjectNode g = groups.addObject();
            g.put("GroupName", name);
            g.put("UserPoolId", pool.poolId());
        }
        return ok(out);
    }

    private Answer adminCreateUser(JsonNode request) {
        String username = request.path("Username").asText("");
        if (!EMAIL.matcher(username).matches()) {
            throw new Refused(error("InvalidParameterException", "Username should be an email."));
        }
        String email = attribute(request.path("UserAttributes"), "email").orElse(username);
        if (!email.equalsIgnoreCase(username)) {
            throw new Refused(error("InvalidParameterException", "email must be the user name in this pool"));
        }
        Optional<LocalUserPool.Account> created = pool.create(username,
                attribute(request.path("UserAttributes"), "name").orElse(null),
                attribute(request.path("UserAttributes"), "custom:opd").orElse(null));
        if (created.isEmpty()) {
            throw new Refused(error("UsernameExistsException", "An account with the given email already exists."));
        }
        ObjectNode out = JSON.createObjectNode();
        out.set("User", user(created.get(), "Attributes"));
        return ok(out);
    }

    private Answer groupMembership(JsonNode request, boolean add) {
        LocalUserPool.Account account = account(request);
        String group = group(request);
        if (add) {
            account.groups.add(group);
        } else {
            account.groups.remove(group);
        }
        pool.touch(account);
        return ok(JSON.createObjectNode());
    }

    private Answer updateAttributes(JsonNode request) {
        LocalUserPool.Account account = account(request);
        for (JsonNode attribute : request.path("UserAttributes")) {
            String name = attribute.path("Name").asText();
            String value = attribute.path("Value").asText();
            switch (name) {
                case "custom:opd" -> {
                    if (value.isEmpty() || value.length() > 64) {
                        throw new Refused(error("InvalidParameterException", "custom:opd must be 1 to 64 characters"));
                    }
                    account.opd = value;
                }
                case "name" -> account.name = value;
                default -> throw new Refused(error("InvalidParameterException",
                        "the local stand-in changes only custom:opd and name, not " + name));
            }
        }
        pool.touch(account);
        return ok(JSON.createObjectNode());
    }

    private Answer deleteAttributes(JsonNode request) {
        LocalUserPool.Account account = account(request);
        for (JsonNode name : request.path("UserAttributeNames")) {
            switch (name.asText()) {
                case "custom:opd" -> account.opd = null;
                case "name" -> account.name = null;
                default -> throw new Refused(error("InvalidParameterException", "cannot delete " + name.asText()));
            }
        }
        pool.touch(account);
        return ok(JSON.createObjectNode());
    }

    private Answer enable(JsonNode request, boolean enabled) {
        LocalUserPool.Account account = account(request);
        account.enabled = enabled;
        pool.touch(account);
        return ok(JSON.createObjectNode());
    }

    private LocalUserPool.Account account(JsonNode request) {
        return pool.account(request.path("Username").asText(null))
                .orElseThrow(() -> new Refused(error("UserNotFoundException", "User does not exist.")));
    }

    private String group(JsonNode request) {
        String group = request.path("GroupName").asText("");
        if (!pool.groupNames().contains(group)) {
            throw new Refused(error("ResourceNotFoundException", "Group not found."));
        }
        return group;
    }

    private ObjectNode user(LocalUserPool.Account a, String attributesMember) {
        ObjectNode user = JSON.createObjectNode();
        user.put("Username", a.sub);
        ArrayNode attributes = user.putArray(attributesMember);
        attribute(attributes, "sub", a.sub);
        attribute(attributes, "email", a.email);
        attribute(attributes, "email_verified", "true");
        if (a.name != null) {
            attribute(attributes, "name", a.name);
        }
        if (a.opd != null) {
            attribute(attributes, "custom:opd", a.opd);
        }
        user.put("UserCreateDate", a.created.toEpochMilli() / 1000.0);
        user.put("UserLastModifiedDate", a.modified.toEpochMilli() / 1000.0);
        user.put("Enabled", a.enabled);
        user.put("UserStatus", a.status);
        return user;
    }

    private static void attribute(ArrayNode attributes, String name, String value) {
        attributes.addObject().put("Name", name).put("Value", value);
    }

    private static Optional<String> attribute(JsonNode attributes, String name) {
        for (JsonNode attribute : attributes) {
            if (name.equals(attribute.path("Name").asText())) {
                return Optional.of(attribute.path("Value").asText());
            }
        }
        return Optional.empty();
    }

    private record Page(List<LocalUserPool.Account> items, String next) {
    }

    private static Page page(List<LocalUserPool.Account> all, JsonNode request, String tokenMember) {
        int limit = request.path("Limit").asInt(MAX_PAGE);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new Refused(error("InvalidParameterException", "Limit must be 1 to " + MAX_PAGE));
        }
        int from = 0;
        if (request.hasNonNull(tokenMember)) {
            try {
                from = Integer.parseInt(request.get(tokenMember).asText());
            } catch (NumberFormatException e) {
                throw new Refused(error("InvalidParameterException", "bad " + tokenMember));
            }
        }
        from = Math.max(0, Math.min(from, all.size()));
        int to = Math.min(from + limit, all.size());
        return new Page(new ArrayList<>(all.subList(from, to)), to < all.size() ? String.valueOf(to) : null);
    }

    private static Answer ok(ObjectNode body) {
        return new Answer(200, body.toString());
    }

    private static Answer error(String type, String message) {
        return new Answer(400, JSON.createObjectNode().put("__type", type).put("message", message).toString());
    }

    /** A refused call: its error answer. */
    private static final class Refused extends RuntimeException {
        private final Answer answer;

        Refused(Answer answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }
}
