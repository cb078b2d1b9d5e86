package io.orgkit.impl.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        // JSON is UTF-8 (RFC 8259): bytes that do not decode are refused, not replaced by U+FFFD.
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try (JsonReader reader = READERS.createReader(text)) {
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
            requireWholeCharacters(object, null);
            return object;
        }
        throw InvalidRequestException.field("body", "must be a JSON object, not "
                + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * JSON's escapes can spell half a character (a lone surrogate such as {@code D800}); the parser takes it, but no
     * database stores it (MariaDB writes {@code ?}). Refused, naming the top-level member it is in.
     */
    private static void requireWholeCharacters(JsonValue value, String field) {
        switch (value) {
            case JsonObject object -> object.forEach((name, member) -> {
                String named = field == null ? name : field;
                requireWhole(name, named);
                requireWholeCharacters(member, named);
            });
            case jakarta.json.JsonArray array -> array.forEach(item -> requireWholeCharacters(item, field));
            case jakarta.json.JsonString string -> requireWhole(string.getString(), field);
            default -> {
            }
        }
    }

    private static void requireWhole(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw InvalidRequestException.field(field, "holds half a character (an unpaired UTF-16 surrogate)");
            }
        }
    }

}
