package id.sikerja.local.testing;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After every test class (registered for all of them: junit-platform.properties enables autodetection), fails the
 * class if IAM refused a function anything on the shared local system meanwhile. The template's statements are
 * enforced locally; a journey that passed although a function was denied something (a best-effort write, a mail
 * marked sent) hid a statement missing from template.yaml, which would fail the same way in AWS. A test that
 * provokes denials on purpose takes them ({@code system.runtime().takeIamDenials()}).
 */
public final class IamDenialsCheck implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        LocalSystem system = LocalSystem.sharedIfStarted();
        if (system == null) {
            return;
        }
        List<String> denials = system.runtime().takeIamDenials();
        if (!denials.isEmpty()) {
            throw new AssertionError("IAM refused what a function did (add the statement to template.yaml: AWS would"
                    + " refuse it too): " + denials);
        }
    }
}
