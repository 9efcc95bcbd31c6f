package id.sikerja.api;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/** The JSON mapper of request and response bodies, built once per container. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /**
     * Parses a request body that must be a JSON object.
     *
     * @throws Malformed when it is not well-formed JSON or not an object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(String body) {
        Object value;
        try {
            value = MAPPER.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw new Malformed(e.getOriginalMessage());
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new Malformed("the body must be a JSON object");
        }
        return (Map<String, Object>) value;
    }

    /** A body that is not the JSON the route expects. */
    public static final class Malformed extends RuntimeException {
        public Malformed(String message) {
            super(message);
        }
    }
}
