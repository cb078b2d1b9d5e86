package io.orgkit.impl.kernel;

import java.io.StringReader;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import static io.orgkit.impl.json.CachedJsonProvider.JSON;

/**
 * Metadata objects as their columns hold them: compact JSON text, and {@code NULL} for the empty object, so that
 * "no metadata" has one form and a merge patch onto it starts from {@code {}}.
 */
public final class MetadataColumns {
    private MetadataColumns() {
    }

    /**
     * @param column the column's text, or {@code null}
     * @return the object; {@code {}} for {@code null}
     */
    public static JsonObject read(String column) {
        if (column == null) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(column))) {
            return reader.readObject();
        }
    }

    /**
     * @param metadata an object, or {@code null}
     * @return its compact text; {@code null} for {@code null} or {@code {}}
     */
    public static String write(JsonObject metadata) {
        return metadata == null || metadata.isEmpty() ? null : metadata.toString();
    }
}
