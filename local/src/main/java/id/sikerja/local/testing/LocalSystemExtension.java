package id.sikerja.local.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects {@link LocalSystem#shared()} into test constructors and methods (including {@code @BeforeAll}):
 * <pre>
 * &#64;ExtendWith(LocalSystemExtension.class)
 * class IntakeIT {
 *     &#64;Test
 *     void submits(LocalSystem system) { ... system.apiUrl() ... }
 * }
 * </pre>
 */
public final class LocalSystemExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return LocalSystem.shared();
    }
}
