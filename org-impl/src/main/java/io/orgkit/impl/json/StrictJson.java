package io.orgkit.impl.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import java.util.Map;

import io.orgkit.api.error.FieldError;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.OrgException;
import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;

/**
 * Reads request bodies as JSON the contract accepts: exactly one JSON object, no member named twice (RFC 8259 leaves
 * duplicates to the reader, and "the last one wins" let {@code {"role":"Viewer","role":"Admin"}} through), nested at
 * most {@value #MAX_DEPTH} levels. Anything else is a 400 naming the {@code body}.
 */
public final class StrictJson {
    /** Deepest nesting accepted; no request of this API nests more than three levels. */
    public static final int MAX_DEPTH = 32;

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of(
            JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE,
            "org.eclipse.parsson.rejectDuplicateKeys", true,
            "org.eclipse.parsson.maxDepth", MAX_DEPTH));

    private StrictJson() {
    }

    /**
     * @param body the request body; empty for a request without one
     * @return the object, or {@code null} when the body is empty
     * @throws InvalidRequestException if the body is not one JSON object of the accepted shape (field {@code body})
     * @throws IOException              if the body cannot be read
     */
    public static JsonObject readObject(InputStream body) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, 1);
        int first = in.read();
        while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
            first = in.read();
        }
        if (first < 0) {
            return null;
        }
        in.unread(first);
        JsonValue value;
        try (JsonReader reader = READERS.createReader(in)) {
            value = reader.readValue();
        } catch (OrgException e) {
            throw e;
        } catch (RuntimeException e) {
            // JsonException for malformed text, and whatever the parser throws past its limits (nesting depth).
            throw new InvalidRequestException("The request body is not valid JSON: a JSON object with each member "
                    + "named once, nested at most " + MAX_DEPTH + " levels, is expected",
                    List.of(new FieldError("body", "is not valid JSON")));
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        throw InvalidRequestException.field("body", "must be a JSON object, not "
                + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
    }

}
