package id.sikerja.local.aws;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * DynamoDB Local, in memory, in this JVM, on 127.0.0.1, without telemetry. Its many dependencies are kept off the
 * application's class path: they are loaded from the class path the build wrote for it
 * ({@link StandIns#dynamoDbLocalClasspath()}), so the functions run beside the same libraries as in Lambda.
 */
public final class DynamoDbLocal implements AutoCloseable {

    private static final String SERVER_RUNNER = "com.amazonaws.services.dynamodbv2.local.main.ServerRunner";

    /** One loader for the JVM: DynamoDB Local's native SQLite library can be loaded by one class loader only. */
    private static ClassLoader loader;

    private final Object server;

    private DynamoDbLocal(Object server) {
        this.server = server;
    }

    public static DynamoDbLocal start(List<Path> classpath, int port) {
        ClassLoader own = loader(classpath);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(own);
        try {
            Class<?> runner = own.loadClass(SERVER_RUNNER);
            String[] arguments = {"-inMemory", "-sharedDb", "-disableTelemetry", "-port", String.valueOf(port)};
            Object server = runner.getMethod("createServerFromCommandLineArgs", String[].class)
                    .invoke(null, (Object) arguments);
            bindToLoopback(server);
            server.getClass().getMethod("start").invoke(server);
            return new DynamoDbLocal(server);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + port, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DynamoDB Local is not on its class path " + classpath, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * DynamoDB Local has no option for the address it listens on, and its Jetty server would take all of
     * them: its connectors are set to 127.0.0.1 before it starts.
     */
    private static void bindToLoopback(Object server) throws ReflectiveOperationException {
        Field field = server.getClass().getDeclaredField("server");
        field.setAccessible(true);
        Object jetty = field.get(server);
        for (Object connector : (Object[]) jetty.getClass().getMethod("getConnectors").invoke(jetty)) {
            connector.getClass().getMethod("setHost", String.class).invoke(connector, "127.0.0.1");
        }
    }

    @Override
    public void close() {
        try {
            server.getClass().getMethod("stop").invoke(server);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DynamoDB Local cannot be stopped", e);
        }
    }

    private static synchronized ClassLoader loader(List<Path> classpath) {
        if (loader == null) {
            URL[] urls = classpath.stream().map(DynamoDbLocal::url).toArray(URL[]::new);
            loader = new URLClassLoader("dynamodb-local", urls, DynamoDbLocal.class.getClassLoader());
        }
        return loader;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path.toString(), e);
        }
    }
}
