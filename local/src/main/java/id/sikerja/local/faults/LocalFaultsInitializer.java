package id.sikerja.local.faults;

import id.sikerja.adapters.dynamo.ImportFaultHook;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Registers the local runtime's {@link ImportFaultHook} ({@link LocalFaults#IMPORT}) in every function's Spring
 * context in the gateway's JVM; Spring Boot applies it from the {@code META-INF/spring.factories} that the local
 * runtime writes onto the gateway's class path alone. The reports function injects it into its import (see
 * ReportsApp).
 */
public final class LocalFaultsInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("localImportFaults", LocalFaults.IMPORT);
    }
}
