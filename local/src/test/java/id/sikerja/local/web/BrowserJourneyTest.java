package id.sikerja.local.web;

import id.sikerja.local.LocalRuntime;
import id.sikerja.local.testing.LocalSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The web front end's browser journey (web/e2e, Playwright in Debian's Chromium) against the whole local system with
 * the web build served: a partner applies, the officers move the case to Pelaksanaan through the pages, the partner
 * uploads the signed KB and PKS, the registry shows it and the verification page confirms the signed PKS. Every page
 * is screenshotted (web/test-results/screens) and checked with axe-core at 360 px (web/test-results/pages.json).
 */
class BrowserJourneyTest {

    @Test
    void theJourneyPassesInChromium() throws IOException, InterruptedException {
        assumeFalse(Boolean.getBoolean("skipWeb"), "-DskipWeb");
        Path web = LocalRuntime.findRepositoryRoot().resolve("web");
        LocalSystem system = LocalSystem.shared();
        assertNotNull(system.webUrl(), "the local runtime serves no web build: build web/ first (mvn -pl web,local -am verify)");

        Path log = Files.createDirectories(web.resolve("test-results")).resolve("e2e.log");
        ProcessBuilder npm = new ProcessBuilder(List.of("npm", "run", "e2e"))
                .directory(web.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        npm.environment().put("SIKERJA_WEB_URL", system.webUrl().toString());
        npm.environment().put("SIKERJA_API_URL", system.apiUrl().toString());
        npm.environment().put("CI", "true");
        Process process = npm.start();
        process.getOutputStream().close();
        if (!process.waitFor(40, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertEquals(0, process.isAlive() ? -1 : process.exitValue(), "the browser journey failed:\n" + output);
    }
}
