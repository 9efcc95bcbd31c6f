package id.sikerja.reminders;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The schedule's event is read as the Lambda runtime reads it, into the typed trigger. */
class ReminderTriggerTest {

    private final PojoSerializer<ReminderTrigger> serializer =
            LambdaEventSerializers.serializerFor(ReminderTrigger.class, getClass().getClassLoader());

    private ReminderTrigger read(String json) {
        return serializer.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTemplatesInputRunsAsOfTheInvocation() {
        ReminderTrigger t = read("{\"schedule\":\"daily-reminders\"}");
        assertEquals("daily-reminders", t.getSchedule());
        assertEquals(Optional.empty(), t.asOf());
    }

    @Test
    void aGivenNowRunsAsOfThatInstant() {
        ReminderTrigger t = read("{\"schedule\":\"daily-reminders\",\"now\":\"2026-03-02T23:00:00Z\"}");
        assertEquals(Optional.of(Instant.parse("2026-03-02T23:00:00Z")), t.asOf());
    }
}
