package id.sikerja.local.iam;

import java.util.Properties;

/**
 * Gives each function's AWS SDK calls the function's own credentials, in the one JVM where the local gateway runs
 * every function. In Lambda each function's container has its role's credentials in {@code AWS_ACCESS_KEY_ID} and
 * {@code AWS_SECRET_ACCESS_KEY}; here the functions share one environment, so the gateway marks the thread serving
 * an invocation with its function ({@link #actAs}) and the SDK's default credentials chain, which asks the system
 * properties {@code aws.accessKeyId}/{@code aws.secretAccessKey} before the environment on every request, gets that
 * function's key ({@link FunctionPolicies#accessKeyId}). Outside an invocation the environment's (the runtime's) key
 * applies (copied into the system properties: the chain keeps to the first provider that answered). The functions' code is unchanged: {@code AwsClients} builds its clients as in Lambda.
 */
public final class FunctionCredentials {

    private static final InheritableThreadLocal<String> FUNCTION = new InheritableThreadLocal<>();
    private static volatile boolean installed;

    private FunctionCredentials() {
    }

    /** Makes the system properties answer the current function's credentials (once per JVM). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        PerFunction properties = new PerFunction(System.getProperties());
        // the SDK's credentials chain keeps to the first provider that answered: let it always be the system
        // properties, with the environment's (the runtime's) key outside an invocation
        for (String[] p : new String[][] {{"aws.accessKeyId", "AWS_ACCESS_KEY_ID"},
                {"aws.secretAccessKey", "AWS_SECRET_ACCESS_KEY"}}) {
            String value = System.getenv(p[1]);
            if (properties.getProperty(p[0]) == null && value != null) {
                properties.setProperty(p[0], value);
            }
        }
        System.setProperties(properties);
        installed = true;
    }

    /** From now on, this thread (and threads it starts) calls AWS as this function; null: as the runtime. */
    public static void actAs(String functionLogicalId) {
        if (functionLogicalId == null) {
            FUNCTION.remove();
        } else {
            FUNCTION.set(functionLogicalId);
        }
    }

    public static String current() {
        return FUNCTION.get();
    }

    private static final class PerFunction extends Properties {
        private static final long serialVersionUID = 1L;

        PerFunction(Properties original) {
            putAll(original);
        }

        @Override
        public String getProperty(String key) {
            String function = FUNCTION.get();
            if (function != null) {
                if (key.equals("aws.accessKeyId")) {
                    return FunctionPolicies.accessKeyId(function);
                }
                if (key.equals("aws.secretAccessKey")) {
                    return "local-secret-" + function;
                }
                if (key.equals("aws.sessionToken")) {
                    return null;
                }
            }
            return super.getProperty(key);
        }

        @Override
        public String getProperty(String key, String defaultValue) {
            String value = getProperty(key);
            return value == null ? defaultValue : value;
        }
    }
}
