package id.sikerja.local.gateway;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.sikerja.local.JsonLog;
import id.sikerja.local.iam.FunctionCredentials;
import id.sikerja.local.template.FunctionSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The execution environments of one function: each handler instance serves one request at a time, as in a
 * Lambda container; a new instance is made (a cold start) when all are busy, up to a limit; an invocation
 * that outlives the function's Timeout is abandoned together with its instance.
 */
final class FunctionPool {

    /** Why an invocation produced no output. */
    enum Failure { THROTTLED, INIT_ERROR, HANDLER_ERROR, TIMED_OUT }

    static final class InvocationException extends Exception {
        private final Failure failure;

        InvocationException(Failure failure, String message, Throwable cause) {
            super(message, cause);
            this.failure = failure;
        }

        Failure failure() {
            return failure;
        }
    }

    private record Instance(RequestStreamHandler handler, String logStream) {
    }

    private static final String LOGGER = "lambda";

    private final FunctionSpec function;
    private final ExecutorService workers;
    private final Semaphore slots;
    private final Deque<Instance> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger created = new AtomicInteger();

    FunctionPool(FunctionSpec function, int maxInstances, ExecutorService workers) {
        this.function = function;
        this.workers = workers;
        this.slots = new Semaphore(maxInstances, true);
    }

    FunctionSpec function() {
        return function;
    }

    /** Invokes the handler with the event and returns what it wrote. */
    byte[] invoke(byte[] event) throws InvocationException, InterruptedException {
        long timeoutNanos = TimeUnit.SECONDS.toNanos(function.timeoutSeconds());
        if (!slots.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) {
            throw new InvocationException(Failure.THROTTLED, function.logicalId() + " has no free instance", null);
        }
        Instance instance = null;
        boolean reusable = false;
        try {
            instance = idle.pollFirst();
            if (instance == null) {
                instance = newInstance();
            }
            String requestId = UUID.randomUUID().toString();
            LambdaContext context = new LambdaContext(function, requestId, instance.logStream(),
                    System.nanoTime() + timeoutNanos);
            RequestStreamHandler handler = instance.handler();
            Future<byte[]> result = workers.submit(() -> {
                // its AWS calls sign with the function's own key, which the stand-ins' IAM checks
                FunctionCredentials.actAs(function.logicalId());
                try {
                    ByteArrayOutputStream output = new ByteArrayOutputStream();
                    handler.handleRequest(new ByteArrayInputStream(event), output, context);
                    return output.toByteArray();
                } finally {
                    FunctionCredentials.actAs(null);
                }
            });
            try {
                byte[] output = result.get(timeoutNanos, TimeUnit.NANOSECONDS);
                reusable = true;
                return output;
            } catch (TimeoutException e) {
                result.cancel(true);
                throw new InvocationException(Failure.TIMED_OUT, String.format("Task timed out after %d.00 seconds",
                        function.timeoutSeconds()), null);
            } catch (ExecutionException e) {
                reusable = e.getCause() instanceof Exception;
                throw new InvocationException(Failure.HANDLER_ERROR, "the handler failed", e.getCause());
            }
        } finally {
            if (reusable) {
                idle.addFirst(instance);
            }
            slots.release();
        }
    }

    private Instance newInstance() throws InvocationException {
        long start = System.nanoTime();
        Object handler;
        try {
            Class<?> type = Class.forName(function.handlerClass(), true, FunctionPool.class.getClassLoader());
            if (!RequestStreamHandler.class.isAssignableFrom(type) || !function.handlerMethod().equals("handleRequest")) {
                throw new InvocationException(Failure.INIT_ERROR, function.handler()
                        + " must be a RequestStreamHandler's handleRequest", null);
            }
            String caller = FunctionCredentials.current();
            FunctionCredentials.actAs(function.logicalId()); // its init's AWS calls, if any, too
            try {
                handler = type.getDeclaredConstructor().newInstance();
            } finally {
                FunctionCredentials.actAs(caller);
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw new InvocationException(Failure.INIT_ERROR, "cannot create " + function.handler(), e);
        }
        int number = created.incrementAndGet();
        JsonLog.info(LOGGER, "INIT", Map.of("function", function.logicalId(), "instance", number,
                "initDurationMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
        return new Instance((RequestStreamHandler) handler, "local/" + function.logicalId() + "/" + number);
    }
}
