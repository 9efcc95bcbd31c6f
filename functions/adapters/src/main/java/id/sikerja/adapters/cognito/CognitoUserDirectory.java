package id.sikerja.adapters.cognito;

import id.sikerja.core.users.NewUser;
import id.sikerja.core.users.OfficerGroup;
import id.sikerja.core.users.UserAccount;
import id.sikerja.core.users.UserDirectory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The officers' accounts in the Cognito user pool, through its admin API: ListUsers and ListUsersInGroup (one page
 * of up to 60 users per call; a Pemda has a few hundred officers), AdminGetUser and AdminListGroupsForUser,
 * AdminCreateUser (Cognito mails the invitation with a temporary password), AdminAddUserToGroup and
 * AdminRemoveUserFromGroup, AdminUpdateUserAttributes and AdminDeleteUserAttributes ({@code custom:opd}),
 * AdminEnableUser and AdminDisableUser. A failure of the service (throttling, an outage, no connection) is
 * {@link UserDirectory.Unavailable}.
 */
public final class CognitoUserDirectory implements UserDirectory {

    /** The department attribute, as the API reads it from the ID token. */
    public static final String DEPARTMENT = "custom:opd";
    private static final int PAGE = 60;

    private final CognitoIdentityProviderClient cognito;
    private final String userPoolId;

    public CognitoUserDirectory(CognitoIdentityProviderClient cognito, String userPoolId) {
        this.cognito = cognito;
        this.userPoolId = userPoolId;
    }

    @Override
    public List<UserAccount> all() {
        return call(() -> {
            Map<String, List<OfficerGroup>> groups = new HashMap<>();
            for (OfficerGroup group : OfficerGroup.values()) {
                String token = null;
                do {
                    String next = token;
                    ListUsersInGroupResponse page = cognito.listUsersInGroup(r -> r.userPoolId(userPoolId)
                            .groupName(group.groupName()).limit(PAGE).nextToken(next));
                    page.users().forEach(u -> groups.computeIfAbsent(u.username(), k -> new ArrayList<>()).add(group));
                    token = page.nextToken();
                } while (token != null);
            }
            List<UserAccount> accounts = new ArrayList<>();
            String token = null;
            do {
                String next = token;
                ListUsersResponse page = cognito.listUsers(r -> r.userPoolId(userPoolId).limit(PAGE)
                        .paginationToken(next));
                for (UserType u : page.users()) {
                    accounts.add(account(u.username(), u.attributes(), groups.getOrDefault(u.username(), List.of()),
                            Boolean.TRUE.equals(u.enabled()), u.userStatusAsString(), u.userCreateDate()));
                }
                token = page.paginationToken();
            } while (token != null);
            return accounts;
        });
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return call(() -> {
            AdminGetUserResponse user;
            try {
                user = cognito.adminGetUser(r -> r.userPoolId(userPoolId).username(username));
            } catch (UserNotFoundException e) {
                return Optional.empty();
            }
            return Optional.of(account(user.username(), user.userAttributes(), groupsOf(user.username()),
                    Boolean.TRUE.equals(user.enabled()), user.userStatusAsString(), user.userCreateDate()));
        });
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        // with e-mail sign-in (UsernameAttributes: email) the address names the user in the admin API
        return find(email);
    }

    @Override
    public UserAccount create(NewUser user) {
        return call(() -> {
            List<AttributeType> attributes = new ArrayList<>();
            attributes.add(attribute("email", user.email()));
            attributes.add(attribute("email_verified", "true"));
            attributes.add(attribute("name", user.name()));
            if (user.department() != null) {
                attributes.add(attribute(DEPARTMENT, user.department()));
            }
            UserType created;
            try {
                created = cognito.adminCreateUser(r -> r.userPoolId(userPoolId).username(user.email())
                        .userAttributes(attributes).desiredDeliveryMediums(DeliveryMediumType.EMAIL)).user();
            } catch (UsernameExistsException e) {
                throw new AlreadyExists();
            }
            cognito.adminAddUserToGroup(r -> r.userPoolId(userPoolId).username(created.username())
                    .groupName(user.group().groupName()));
            return account(created.username(), created.attributes(), List.of(user.group()),
                    Boolean.TRUE.equals(created.enabled()), created.userStatusAsString(), created.userCreateDate());
        });
    }

    @Override
    public void addToGroup(String username, OfficerGroup group) {
        call(() -> cognito.adminAddUserToGroup(r -> r.userPoolId(userPoolId).username(username)
                .groupName(group.groupName())));
    }

    @Override
    public void removeFromGroup(String username, OfficerGroup group) {
        call(() -> cognito.adminRemoveUserFromGroup(r -> r.userPoolId(userPoolId).username(username)
                .groupName(group.groupName())));
    }

    @Override
    public void setDepartment(String username, String department) {
        call(() -> department == null
                ? cognito.adminDeleteUserAttributes(r -> r.userPoolId(userPoolId).username(username)
                        .userAttributeNames(DEPARTMENT))
                : cognito.adminUpdateUserAttributes(r -> r.userPoolId(userPoolId).username(username)
                        .userAttributes(attribute(DEPARTMENT, department))));
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
        call(() -> enabled
                ? cognito.adminEnableUser(r -> r.userPoolId(userPoolId).username(username))
                : cognito.adminDisableUser(r -> r.userPoolId(userPoolId).username(username)));
    }

    private List<OfficerGroup> groupsOf(String username) {
        List<OfficerGroup> groups = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            var page = cognito.adminListGroupsForUser(r -> r.userPoolId(userPoolId).username(username).limit(PAGE)
                    .nextToken(next));
            for (GroupType g : page.groups()) {
                OfficerGroup.of(g.groupName()).ifPresent(groups::add);
            }
            token = page.nextToken();
        } while (token != null);
        return groups;
    }

    private static UserAccount account(String username, List<AttributeType> attributes, List<OfficerGroup> groups,
                                       boolean enabled, String status, Instant createdAt) {
        Map<String, String> a = new HashMap<>();
        attributes.forEach(attribute -> a.put(attribute.name(), attribute.value()));
        return new UserAccount(username, a.get("email"), a.get("name"), groups, a.get(DEPARTMENT), enabled, status,
                createdAt);
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (AlreadyExists e) {
            throw e;
        } catch (SdkException e) {
            throw new Unavailable(e);
        }
    }
}
