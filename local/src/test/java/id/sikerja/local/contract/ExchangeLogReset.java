package id.sikerja.local.contract;

import id.sikerja.local.gateway.ExchangeLog;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Empties the exchange log ({@value ExchangeLog#VARIABLE}) when a test run starts, so that
 * {@link ExchangeContractTest} validates the exchanges of this run only. Registered through
 * META-INF/services/org.junit.platform.launcher.LauncherSessionListener.
 */
public final class ExchangeLogReset implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String file = System.getenv(ExchangeLog.VARIABLE);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the exchange log " + file, e);
        }
    }
}
