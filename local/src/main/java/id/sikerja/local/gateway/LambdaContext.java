package id.sikerja.local.gateway;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sikerja.local.JsonLog;
import id.sikerja.local.template.FunctionSpec;
import id.sikerja.local.template.LocalNames;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The context of one local invocation, with a logger writing Lambda's JSON log format to standard output. */
final class LambdaContext implements Context {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FunctionSpec function;
    private final String requestId;
    private final String logStream;
    private final long deadlineNanos;
    private final LambdaLogger logger = new Logger();

    LambdaContext(FunctionSpec function, String requestId, String logStream, long deadlineNanos) {
        this.function = function;
        this.requestId = requestId;
        this.logStream = logStream;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + getFunctionName();
    }

    @Override
    public String getLogStreamName() {
        return logStream;
    }

    @Override
    public String getFunctionName() {
        return LocalNames.physicalId(function.logicalId());
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:" + LocalNames.PARTITION + ":lambda:" + LocalNames.REGION + ":" + LocalNames.ACCOUNT_ID
                + ":function:" + getFunctionName();
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
    }

    @Override
    public int getMemoryLimitInMB() {
        return function.memoryMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    private final class Logger implements LambdaLogger {

        @Override
        public void log(String message) {
            log(message, LogLevel.UNDEFINED);
        }

        @Override
        public void log(byte[] message) {
            log(new String(message, StandardCharsets.UTF_8), LogLevel.UNDEFINED);
        }

        @Override
        public void log(String message, LogLevel level) {
            ObjectNode line = JSON.createObjectNode();
            line.put("timestamp", Instant.now().toString());
            line.put("level", level == LogLevel.UNDEFINED ? "INFO" : level.name());
            line.put("message", message.strip());
            line.put("AWSRequestId", requestId);
            JsonLog.print(line);
        }

        @Override
        public void log(byte[] message, LogLevel level) {
            log(new String(message, StandardCharsets.UTF_8), level);
        }
    }
}
