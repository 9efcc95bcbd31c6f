package id.sikerja.local.testing;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
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
 * After the class, it fails the class if IAM refused any request of a function meanwhile (the template's statements
 * are enforced locally): a journey that passed although a function was denied something (a best-effort write, a
 * mail marked sent) hid a statement missing from template.yaml, which would fail the same way in AWS.
 */
public final class LocalSystemExtension implements ParameterResolver, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            LocalSystemExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).put("used", true);
        return LocalSystem.shared();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getRoot().getStore(NAMESPACE).remove("used") == null) {
            return;
        }
        List<String> denials = LocalSystem.shared().runtime().takeIamDenials();
        if (!denials.isEmpty()) {
            throw new AssertionError("IAM refused what a function did (add the statement to template.yaml, as AWS"
                    + " would refuse it too): " + denials);
        }
    }
}
