package nl.woonregie.platform.achtergrond.internal;

import java.nio.charset.StandardCharsets;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job's data as JSON (UTF-8) in {@code scheduled_tasks.task_data}, with the application's own JSON mapper: readable
 * in the database, and not Java serialization (which would tie stored jobs to class versions).
 */
public final class JsonGegevens implements Serializer {

    private final JsonMapper json;

    JsonGegevens(JsonMapper json) {
        this.json = json;
    }

    @Override
    public byte[] serialize(Object data) {
        return data == null ? null : json.writeValueAsBytes(data);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] data) {
        return data == null || type == Void.class ? null : json.readValue(data, type);
    }

    public String tekst(Object data) {
        return data == null ? null : new String(serialize(data), StandardCharsets.UTF_8);
    }

    public <T> T lees(Class<T> type, String tekst) {
        return tekst == null ? null : json.readValue(tekst, type);
    }
}
