package id.sikerja.local.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs in a fresh JVM whose class path is exactly a function's deployment package: builds the handler (as the
 * Lambda runtime does at init), hands it one event, and prints how long that took from the JVM's start.
 * Depends on the JDK only; the handler is called reflectively as a RequestStreamHandler.
 *
 * <p>Arguments: handler class, event file, and {@code primed} to run the handler's SnapStart priming (its CRaC
 * {@code beforeCheckpoint}, then {@code afterRestore}) before the first request.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        Class<?> type = Class.forName(args[0]);
        Object handler = type.getConstructor().newInstance();
        long constructed = System.currentTimeMillis();
        // "primed": what SnapStart does between init and the snapshot (the handler's CRaC beforeCheckpoint), then
        // the restore (afterRestore); the first request below is then what a restored instance answers first
        boolean primed = args.length > 2 && args[2].equals("primed");
        if (primed) {
            Class<?> cracContext = Class.forName("org.crac.Context");
            type.getMethod("beforeCheckpoint", cracContext).invoke(handler, (Object) null);
            type.getMethod("afterRestore", cracContext).invoke(handler, (Object) null);
        }
        long initDone = System.currentTimeMillis();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Class<?> context = Class.forName("com.amazonaws.services.lambda.runtime.Context");
        type.getMethod("handleRequest", java.io.InputStream.class, java.io.OutputStream.class, context)
                .invoke(handler, new ByteArrayInputStream(event), out, null);
        long answered = System.currentTimeMillis();
        String response = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        int at = response.indexOf("\"statusCode\":");
        String status = at < 0 ? "?" : response.substring(at + 13, at + 16);
        System.out.println("COLD_START {\"jvmToMainMs\":" + (mainAt - jvmStart) + ",\"initMs\":" + (constructed - mainAt)
                + ",\"primeMs\":" + (initDone - constructed)
                + ",\"firstInvokeMs\":" + (answered - initDone) + ",\"totalMs\":" + (answered - jvmStart)
                + ",\"status\":" + status + "}");
    }
}
