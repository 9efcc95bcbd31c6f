package id.sikerja.core.users;

/** An account to create: the invitation goes to {@code email}. {@code department} is null unless the group has one. */
public record NewUser(String email, String name, OfficerGroup group, String department) {
}
