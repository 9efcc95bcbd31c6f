package id.sikerja.local.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process the local runtime started. It keeps the child's standard input open: children made to exit
 * when it closes ({@link ExitWithParent}, the SES emulator's server.js) do not outlive this JVM, even when
 * it is killed. {@link #close()} also ends the process and its descendants.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final String name;
    private final Process process;
    private final OutputStream stdin;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.stdin = process.getOutputStream();
        this.logFile = logFile;
    }

    /**
     * @param environment variables to set; inherited {@code AWS_*} variables are removed first, so nothing
     *                    reaches real AWS by accident
     * @param logFile     where the output goes, or null to copy it line by line to this JVM's standard output
     */
    public static ChildProcess start(String name, List<String> command, Path directory,
            Map<String, String> environment, Path logFile) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("AWS_"));
        builder.environment().putAll(environment);
        if (logFile != null) {
            Files.createDirectories(logFile.getParent());
            builder.redirectOutput(logFile.toFile());
        }
        ChildProcess child = new ChildProcess(name, builder.start(), logFile);
        if (logFile == null) {
            child.copyOutputToStandardOutput();
        }
        return child;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The java launcher of the running JVM. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits for the process to end; false when it still runs after the timeout. */
    public boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int exitValue() {
        return process.exitValue();
    }

    /** Where to look when it failed. */
    public String describe() {
        String state = process.isAlive() ? "running" : "exited with code " + process.exitValue();
        return name + " (pid " + process.pid() + ") " + state + (logFile == null ? "" : "; its log: " + logFile);
    }

    /** Closes its standard input, asks it to stop (SIGTERM), and kills what is left after a grace period. */
    @Override
    public void close() {
        List<ProcessHandle> descendants = process.descendants().toList();
        try {
            stdin.close();
        } catch (IOException e) {
            // already closed: the process is gone
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void copyOutputToStandardOutput() {
        Thread copier = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    System.out.println(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, name + "-output");
        copier.setDaemon(true);
        copier.start();
    }
}
