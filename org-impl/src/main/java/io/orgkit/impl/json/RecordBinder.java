package io.orgkit.impl.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.orgkit.api.error.FieldError;
import io.orgkit.api.error.InvalidRequestException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Binds a JSON object to a request record, member by member, so that every refusal names its field: a member that is
 * not a component of the record ("unknown or not writable"), and a value of the wrong JSON type. What the values mean
 * (lengths, shapes, required fields) is then the record's Bean Validation constraints' business.
 *
 * <p>Component types: {@code String}, {@code Instant} (ISO-8601, such as {@code 2026-11-28T18:13:38Z}),
 * {@code List<String>}, {@code boolean}/{@code Boolean}, {@code int}/{@code Integer}, {@code long}/{@code Long} and
 * {@code JsonObject}, and {@code List} of request records (each element bound as its record, its errors named
 * {@code field[i].member}); JSON {@code null} binds to {@code null} (or {@code false}/{@code 0} for primitives).
 */
public final class RecordBinder {

    private RecordBinder() {
    }

    /**
     * @param json the object
     * @param type the record type
     * @param <R>  the record type
     * @return the record
     * @throws InvalidRequestException naming every unknown member and every member of the wrong type
     */
    public static <R extends Record> R bind(JsonObject json, Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<FieldError> errors = new ArrayList<>();
        refuseUnknown(json, components, errors);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            values[i] = convert(component.getName(), json.get(component.getName()), component.getGenericType(),
                    errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(describe(errors), errors);
        }
        return construct(type, components, values);
    }

    /**
     * @param type a record type
     * @return the names of its components, the members a JSON object bound to it may have
     */
    public static Set<String> fields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param json   an object
     * @param type   the record whose components are the only members allowed
     * @throws InvalidRequestException naming every other member
     */
    public static void refuseUnknown(JsonObject json, Class<? extends Record> type) {
        List<FieldError> errors = new ArrayList<>();
        refuseUnknown(json, type.getRecordComponents(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(describe(errors), errors);
        }
    }

    private static void refuseUnknown(JsonObject json, RecordComponent[] components, List<FieldError> errors) {
        Set<String> known = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        for (String member : json.keySet()) {
            if (!known.contains(member)) {
                // Never echo a member name that is not a plain identifier back into the answer.
                String field = member.matches("[A-Za-z0-9_]{1,64}") ? member : "body";
                errors.add(new FieldError(field, "is unknown or not writable here; expected "
                        + String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    private static Object convert(String field, JsonValue value, Type type, List<FieldError> errors) {
        Class<?> raw = raw(type);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return nullOf(raw);
        }
        if (raw == String.class) {
            if (value instanceof JsonString text) {
                return text.getString();
            }
            return wrong(field, "a string", value, errors);
        }
        if (raw == Instant.class) {
            if (value instanceof JsonString text) {
                try {
                    return Instant.parse(text.getString());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(field, "must be a date-time such as 2026-11-28T18:13:38Z"));
                    return null;
                }
            }
            return wrong(field, "a date-time string", value, errors);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            return wrong(field, "true or false", value, errors);
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            if (value instanceof JsonNumber number && number.isIntegral()) {
                try {
                    // Not one conditional expression: it would widen the int to a long.
                    if (raw == int.class || raw == Integer.class) {
                        return number.intValueExact();
                    }
                    return number.longValueExact();
                } catch (ArithmeticException e) {
                    errors.add(new FieldError(field, "is out of range"));
                    return null;
                }
            }
            return wrong(field, "a whole number", value, errors);
        }
        if (raw == JsonObject.class) {
            if (value instanceof JsonObject object) {
                return object;
            }
            return wrong(field, "a JSON object", value, errors);
        }
        if (raw == List.class && elementType(type) == String.class) {
            if (!(value instanceof JsonArray array)) {
                return wrong(field, "an array of strings", value, errors);
            }
            List<String> items = new ArrayList<>(array.size());
            for (JsonValue item : array) {
                if (item.getValueType() == JsonValue.ValueType.NULL) {
                    items.add(null);
                } else if (item instanceof JsonString text) {
                    items.add(text.getString());
                } else {
                    return wrong(field, "an array of strings", value, errors);
                }
            }
            return items;
        }
        if (raw == List.class && elementType(type) instanceof Class<?> element && element.isRecord()) {
            return records(field, value, element.asSubclass(Record.class), errors);
        }
        throw new IllegalStateException("RecordBinder cannot bind " + type + " (field " + field + ")");
    }

    // A list of objects, each bound as its record; an element's errors are named by its place
    // ("invitations[3].email").
    private static Object records(String field, JsonValue value, Class<? extends Record> element,
                                  List<FieldError> errors) {
        if (!(value instanceof JsonArray array)) {
            return wrong(field, "an array of objects", value, errors);
        }
        List<Record> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (item.getValueType() == JsonValue.ValueType.NULL) {
                items.add(null);
            } else if (item instanceof JsonObject object) {
                try {
                    items.add(bind(object, element));
                } catch (InvalidRequestException e) {
                    String place = field + "[" + i + "].";
                    e.errors().forEach(error -> errors.add(new FieldError(place + error.field(), error.message())));
                }
            } else {
                return wrong(field + "[" + i + "]", "an object", item, errors);
            }
        }
        return items;
    }

    private static Object wrong(String field, String expected, JsonValue value, List<FieldError> errors) {
        errors.add(new FieldError(field, "must be " + expected + ", not "
                + value.getValueType().name().toLowerCase(Locale.ROOT)));
        return null;
    }

    private static Object nullOf(Class<?> raw) {
        if (raw == boolean.class) {
            return false;
        }
        if (raw == int.class) {
            return 0;
        }
        if (raw == long.class) {
            return 0L;
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type elementType(Type type) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return raw(p.getActualTypeArguments()[0]);
        }
        return Object.class;
    }

    private static <R extends Record> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        try {
            Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<R> constructor = type.getDeclaredConstructor(parameterTypes);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot build " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
