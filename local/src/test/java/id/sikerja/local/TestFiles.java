package id.sikerja.local;

import java.nio.file.Path;

/** Files the tests read. */
public final class TestFiles {

    private TestFiles() {
    }

    /** The project's template.yaml. */
    public static Path projectTemplate() {
        return LocalRuntime.findRepositoryRoot().resolve("template.yaml");
    }

    /** src/test/resources/test-template.yaml: an application with the test handler. */
    public static Path testTemplate() {
        return LocalRuntime.findRepositoryRoot().resolve("local/src/test/resources/test-template.yaml");
    }
}
