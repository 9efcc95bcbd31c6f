package id.sikerja.local.seed;

/**
 * Puts demo data into the local system; run by {@code POST /_local/seed}.
 *
 * <p>Extension point: implementations are found with {@link java.util.ServiceLoader} on the gateway's
 * class path (list them in {@code META-INF/services/id.sikerja.local.seed.DemoSeeder}). A seeder must be
 * idempotent, since the endpoint may be called any number of times; going through the API
 * ({@link SeedContext#call}) runs the same function code as the web app does.
 */
public interface DemoSeeder {

    /** A short name, reported by the seed endpoint. */
    String name();

    void seed(SeedContext context) throws Exception;
}
