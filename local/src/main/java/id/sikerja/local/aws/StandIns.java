package id.sikerja.local.aws;

import id.sikerja.local.process.ChildProcess;
import id.sikerja.local.process.ExitWithParent;
import id.sikerja.local.template.LocalNames;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The local stand-ins for AWS services, as the build of the {@code local} module leaves them:
 * S3Mock's executable jar and DynamoDB Local's class path in {@code local/target/stand-ins}, and the SES
 * emulator's npm project in {@code local/ses-emulator}.
 *
 * @param s3MockJar              S3Mock 5's executable jar
 * @param dynamoDbLocalClasspath DynamoDB Local and the libraries only it needs
 * @param sesEmulator            the npm project pinning aws-ses-v2-local
 */
public record StandIns(Path s3MockJar, List<Path> dynamoDbLocalClasspath, Path sesEmulator) {

    private static final Duration NPM_CI_TIMEOUT = Duration.ofMinutes(10);

    public StandIns {
        dynamoDbLocalClasspath = List.copyOf(dynamoDbLocalClasspath);
    }

    public static StandIns locate(Path repositoryRoot) {
        Path directory = repositoryRoot.resolve("local/target/stand-ins");
        Path jar = directory.resolve("s3mock-exec.jar");
        Path classpathFile = directory.resolve("dynamodb-local.classpath");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException("the stand-ins are not built in " + directory
                    + "; build the local module first (mvn -pl local -am package -DskipTests)");
        }
        try {
            List<Path> classpath = Arrays.stream(Files.readString(classpathFile, StandardCharsets.UTF_8).strip()
                    .split(File.pathSeparator)).filter(entry -> !entry.isEmpty()).map(Path::of).toList();
            return new StandIns(jar, classpath, repositoryRoot.resolve("local/ses-emulator"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * S3Mock in its own JVM, with an empty store (like DynamoDB Local in memory). Its main connector serves
     * plain HTTP on 127.0.0.1:port; the extra connector S3Mock always opens gets a random port and is not used.
     */
    public ChildProcess startS3Mock(int port, Path workDirectory) throws IOException {
        Path store = workDirectory.resolve("s3-store");
        deleteRecursively(store);
        List<String> command = List.of(
                ChildProcess.javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m",
                "-cp", s3MockJar + File.pathSeparator + codeSource(ExitWithParent.class),
                ExitWithParent.class.getName(), "org.springframework.boot.loader.launch.JarLauncher",
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--server.ssl.enabled=false",
                "--com.adobe.testing.s3mock.httpPort=0",
                "--com.adobe.testing.s3mock.store.root=" + store,
                "--com.adobe.testing.s3mock.store.region=" + LocalNames.REGION,
                "--spring.main.banner-mode=off");
        return ChildProcess.start("s3mock", command, workDirectory, Map.of(), workDirectory.resolve("s3mock.log"));
    }

    /** aws-ses-v2-local on 127.0.0.1:port; installs it with {@code npm ci} first when it is missing. */
    public ChildProcess startSesEmulator(int port, Path workDirectory) throws IOException, InterruptedException {
        if (!Files.isDirectory(sesEmulator.resolve("node_modules/aws-ses-v2-local"))) {
            installSesEmulator(workDirectory);
        }
        List<String> command = List.of("node", "server.js", "--host", "127.0.0.1", "--port", String.valueOf(port));
        return ChildProcess.start("ses-emulator", command, sesEmulator, Map.of(),
                workDirectory.resolve("ses-emulator.log"));
    }

    private void installSesEmulator(Path workDirectory) throws IOException, InterruptedException {
        try (ChildProcess npm = ChildProcess.start("npm ci", List.of("npm", "ci", "--no-audit", "--no-fund"),
                sesEmulator, Map.of(), workDirectory.resolve("npm-ci.log"))) {
            if (!npm.waitFor(NPM_CI_TIMEOUT) || npm.exitValue() != 0) {
                throw new IllegalStateException("cannot install the SES emulator: " + npm.describe());
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The jar or directory a class was loaded from. */
    static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type, e);
        }
    }
}
