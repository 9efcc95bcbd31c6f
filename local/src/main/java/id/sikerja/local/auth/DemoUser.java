package id.sikerja.local.auth;

import java.util.List;

/**
 * An officer of the local user pool.
 *
 * @param username the name used to ask for a token ({@code POST /_local/token})
 * @param sub      the stable user id (Cognito's {@code sub})
 * @param email    the e-mail address (the pool's sign-in name)
 * @param name     who this is, for the local login screen only
 * @param groups   Cognito groups ({@code cognito:groups})
 * @param opd      the department code ({@code custom:opd}), or null for officers outside a department
 */
public record DemoUser(String username, String sub, String email, String name, List<String> groups, String opd) {

    public DemoUser {
        groups = List.copyOf(groups);
    }

    /** The seeded users: one per role, and two department users of different departments. */
    public static List<DemoUser> seeded() {
        return List.of(
                new DemoUser("admin", "5a1e7c2d-0001-4c6b-9b1e-000000000001", "admin@sikerja.local",
                        "Admin Bagian Kerja Sama", List.of("admin"), null),
                new DemoUser("tkksd", "5a1e7c2d-0002-4c6b-9b1e-000000000002", "tkksd@sikerja.local",
                        "Anggota TKKSD", List.of("tkksd"), null),
                new DemoUser("opd-dinkes", "5a1e7c2d-0003-4c6b-9b1e-000000000003", "dinkes@sikerja.local",
                        "Staf Dinas Kesehatan", List.of("opd"), "DINKES"),
                new DemoUser("opd-dishub", "5a1e7c2d-0004-4c6b-9b1e-000000000004", "dishub@sikerja.local",
                        "Staf Dinas Perhubungan", List.of("opd"), "DISHUB"),
                new DemoUser("pimpinan", "5a1e7c2d-0005-4c6b-9b1e-000000000005", "pimpinan@sikerja.local",
                        "Sekretaris Daerah", List.of("pimpinan"), null));
    }
}
