package io.orgkit.impl.web;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Constructible;
import org.eclipse.microprofile.openapi.models.Extensible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.callbacks.Callback;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Turns an OpenAPI 3.0 document (JSON) into the MicroProfile OpenAPI model, through {@link OASFactory} and the model's
 * setters, so that the module can hand its own document to whichever runtime serves {@code /openapi}. Each JSON field
 * goes to the setter of the same name (a few OpenAPI names differ: {@code $ref}, {@code enum}, {@code default},
 * the HTTP methods of a path item, {@code additionalProperties}); {@code x-} fields become extensions. Runtimes carry
 * different versions of the model (MicroProfile OpenAPI 4 makes a schema's {@code type} a list, and drops
 * {@code nullable}): a single value goes into a list where the model wants one, and a field the runtime's model has no
 * place for is left out, unless the reading is strict.
 */
final class OpenApiDocumentReader {
    private static final Logger LOG = Logger.getLogger(OpenApiDocumentReader.class.getName());

    private final boolean strict;

    private OpenApiDocumentReader(boolean strict) {
        this.strict = strict;
    }

    /**
     * @param document an OpenAPI 3.0 document
     * @return it as a model, without the fields this runtime's model has no place for
     */
    static OpenAPI read(JsonObject document) {
        return (OpenAPI) new OpenApiDocumentReader(false).object(OpenAPI.class, document);
    }

    /**
     * @param document an OpenAPI 3.0 document
     * @return it as a model
     * @throws IllegalArgumentException on a field the model has no place for
     */
    static OpenAPI readStrictly(JsonObject document) {
        return (OpenAPI) new OpenApiDocumentReader(true).object(OpenAPI.class, document);
    }

    private Object value(Type type, JsonValue json) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Class<?> raw = raw(type);
        if (raw == Object.class) {
            return plain(json);
        }
        if (raw == String.class) {
            return ((JsonString) json).getString();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return json.getValueType() == JsonValue.ValueType.TRUE;
        }
        if (raw == Integer.class || raw == int.class) {
            return ((JsonNumber) json).intValueExact();
        }
        if (raw == BigDecimal.class) {
            return ((JsonNumber) json).bigDecimalValue();
        }
        if (raw.isEnum()) {
            return constant(raw, ((JsonString) json).getString());
        }
        if (List.class.isAssignableFrom(raw)) {
            Type element = argument(type, 0);
            List<Object> list = new ArrayList<>();
            if (json.getValueType() != JsonValue.ValueType.ARRAY) {
                list.add(value(element, json));
                return list;
            }
            for (JsonValue item : (JsonArray) json) {
                list.add(value(element, item));
            }
            return list;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type entry = argument(type, 1);
            Map<String, Object> map = new LinkedHashMap<>();
            ((JsonObject) json).forEach((key, item) -> map.put(key, value(entry, item)));
            return map;
        }
        if (Constructible.class.isAssignableFrom(raw)) {
            return object(raw, (JsonObject) json);
        }
        throw new IllegalArgumentException("No conversion of JSON to " + type);
    }

    @SuppressWarnings("unchecked")
    private Object object(Class<?> type, JsonObject json) {
        Object model = OASFactory.createObject((Class<? extends Constructible>) type);
        for (Map.Entry<String, JsonValue> field : json.entrySet()) {
            String key = field.getKey();
            JsonValue value = field.getValue();
            if (key.startsWith("x-") && model instanceof Extensible<?> extensible) {
                extensible.addExtension(key, plain(value));
            } else if (model instanceof Paths paths) {
                paths.addPathItem(key, (PathItem) object(PathItem.class, (JsonObject) value));
            } else if (model instanceof Callback callback) {
                callback.addPathItem(key, (PathItem) object(PathItem.class, (JsonObject) value));
            } else if (model instanceof APIResponses responses) {
                responses.addAPIResponse(key, (APIResponse) object(APIResponse.class, (JsonObject) value));
            } else if (model instanceof Content content) {
                content.addMediaType(key, (MediaType) object(MediaType.class, (JsonObject) value));
            } else if (model instanceof SecurityRequirement requirement) {
                List<String> scopes = new ArrayList<>();
                ((JsonArray) value).forEach(scope -> scopes.add(((JsonString) scope).getString()));
                requirement.addScheme(key, scopes);
            } else if (model instanceof PathItem item && METHODS.contains(key)) {
                item.setOperation(PathItem.HttpMethod.valueOf(key.toUpperCase(Locale.ROOT)),
                        (org.eclipse.microprofile.openapi.models.Operation) object(
                                org.eclipse.microprofile.openapi.models.Operation.class, (JsonObject) value));
            } else if (model instanceof Schema schema && key.equals("additionalProperties")) {
                if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                    schema.setAdditionalPropertiesSchema((Schema) object(Schema.class, (JsonObject) value));
                } else {
                    schema.setAdditionalPropertiesBoolean(value.getValueType() == JsonValue.ValueType.TRUE);
                }
            } else {
                set(model, type, key, value);
            }
        }
        return model;
    }

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private void set(Object model, Class<?> type, String key, JsonValue value) {
        String name = switch (key) {
            case "$ref" -> "setRef";
            case "enum" -> "setEnumeration";
            case "default" -> "setDefaultValue";
            default -> "set" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
        };
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1) {
                try {
                    method.invoke(model, value(method.getGenericParameterTypes()[0], value));
                    return;
                } catch (ReflectiveOperationException | RuntimeException e) {
                    if (strict) {
                        throw new IllegalArgumentException("Cannot set " + key + " of " + type.getSimpleName(), e);
                    }
                    LOG.fine(() -> "This runtime's OpenAPI model takes no " + value + " as " + key + " of "
                            + type.getSimpleName() + "; left out");
                    return;
                }
            }
        }
        if (strict) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no field " + key);
        }
        LOG.fine(() -> "This runtime's OpenAPI model has no " + key + " in " + type.getSimpleName() + "; left out");
    }

    private static Object constant(Class<?> type, String json) {
        for (Object constant : type.getEnumConstants()) {
            // The model's enums print as the document spells them (SchemaType.STRING is "string", Type.APIKEY "apiKey").
            if (constant.toString().equals(json) || ((Enum<?>) constant).name().equalsIgnoreCase(json)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(json + " is not one of " + List.of(type.getEnumConstants()));
    }

    private static Object plain(JsonValue json) {
        return switch (json.getValueType()) {
            case STRING -> ((JsonString) json).getString();
            case NUMBER -> ((JsonNumber) json).isIntegral() ? (Object) ((JsonNumber) json).longValue()
                    : ((JsonNumber) json).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                ((JsonArray) json).forEach(item -> list.add(plain(item)));
                yield list;
            }
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) json).forEach((key, item) -> map.put(key, plain(item)));
                yield map;
            }
        };
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plainClass) {
            return plainClass;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalArgumentException("Unsupported type " + type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
