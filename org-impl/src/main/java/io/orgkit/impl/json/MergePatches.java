package io.orgkit.impl.json;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.orgkit.api.error.FieldError;
import io.orgkit.api.error.InvalidRequestException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import static io.orgkit.impl.json.CachedJsonProvider.JSON;

/**
 * JSON merge patches (RFC 7396) of a resource's writable fields, held as a record: the current fields are written as
 * JSON, JSON-P applies the patch, and the result is bound back with {@link RecordBinder}. A member absent from the patch
 * stays, {@code null} removes (clears) it, anything else replaces it. A patch may name only the record's components.
 */
public final class MergePatches {

    private MergePatches() {
    }

    /**
     * @param current the resource's writable fields now
     * @param patch   the merge patch
     * @param type    the record type
     * @param <R>     the record type
     * @return the fields after the patch; not yet validated
     * @throws InvalidRequestException if the patch names a member that is not a writable field, or gives one a value
     *                                 of the wrong JSON type
     */
    public static <R extends Record> R apply(R current, JsonObject patch, Class<R> type) {
        List<FieldError> errors = new ArrayList<>();
        try {
            RecordBinder.refuseUnknown(patch, type);
        } catch (InvalidRequestException unknown) {
            errors.addAll(unknown.errors());
        }
        // The known members are applied even when unknown ones were refused, so that every offending field is named.
        Set<String> fields = RecordBinder.fields(type);
        JsonObjectBuilder known = JSON.createObjectBuilder();
        patch.forEach((name, value) -> {
            if (fields.contains(name)) {
                known.add(name, value);
            }
        });
        JsonValue merged = JSON.createMergePatch(known.build()).apply(toJson(current));
        try {
            R result = RecordBinder.bind(merged.asJsonObject(), type);
            if (errors.isEmpty()) {
                return result;
            }
        } catch (InvalidRequestException mistyped) {
            errors.addAll(mistyped.errors());
        }
        throw new InvalidRequestException(String.join("; ", errors.stream()
                .map(e -> e.field() + ": " + e.message()).toList()), errors);
    }

    /**
     * Takes over what a request sets: every non-{@code null} component of {@code request} that is also a component of
     * the target record replaces the base's, as a merge patch would. Adding a field to both records needs no code here.
     *
     * @param base    the target's values where the request says nothing (its defaults)
     * @param request a request record
     * @param type    the target record type
     * @param <R>     the target record type
     * @return the target record; not yet validated
     */
    public static <R extends Record> R takeOver(R base, Record request, Class<R> type) {
        Set<String> fields = RecordBinder.fields(type);
        JsonObjectBuilder patch = JSON.createObjectBuilder();
        toJson(request).forEach((name, value) -> {
            if (fields.contains(name)) {
                patch.add(name, value);
            }
        });
        return apply(base, patch.build(), type);
    }

    /**
     * @param fields a record of the types {@link RecordBinder} binds
     * @return the record as a JSON object, {@code null} components left out
     */
    public static JsonObject toJson(Record fields) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        for (RecordComponent component : fields.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(fields);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component, e);
            }
            if (value != null) {
                json.add(component.getName(), toJsonValue(value));
            }
        }
        return json.build();
    }

    private static JsonValue toJsonValue(Object value) {
        if (value instanceof String text) {
            return JSON.createValue(text);
        }
        if (value instanceof Instant instant) {
            return JSON.createValue(instant.toString());
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer n) {
            return JSON.createValue(n);
        }
        if (value instanceof Long n) {
            return JSON.createValue(n);
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Collection<?> items) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            items.forEach(item -> array.add(toJsonValue(item)));
            return array.build();
        }
        throw new IllegalStateException("Cannot write " + value.getClass() + " as JSON");
    }
}
