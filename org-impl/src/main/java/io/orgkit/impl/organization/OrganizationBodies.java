package io.orgkit.impl.organization;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.orgkit.api.error.FieldError;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.organization.CreateOrganizationRequest;
import io.orgkit.api.organization.UpdateOrganizationRequest;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Organization request bodies, read from the JSON tree rather than bound to records: a merge patch must tell a
 * {@code null} from an absent field, and every unknown, read-only or mistyped field must be refused by name.
 */
public final class OrganizationBodies {
    private static final Set<String> READ_ONLY = Set.of("id", "createdAt", "updatedAt", "version", "superAdmin");
    private static final Set<String> CREATE_FIELDS = Set.of("name", "timezone", "logo", "adminEmail");
    private static final Set<String> PATCH_FIELDS = Set.of("name", "timezone", "logo");

    private OrganizationBodies() {
    }

    /**
     * @param body the request body's text, or {@code null} or blank when there was none
     * @return the creation request; optional fields sent as {@code null} count as absent
     * @throws InvalidRequestException if the body is not one JSON object (field {@code body}), or naming every unknown, read-only or mistyped field
     */
    public static CreateOrganizationRequest create(String body) {
        JsonObject json = require(body);
        List<FieldError> errors = new ArrayList<>();
        checkNames(json, CREATE_FIELDS, errors);
        String name = string(json, "name", errors);
        String timezone = string(json, "timezone", errors);
        String logo = string(json, "logo", errors);
        String adminEmail = string(json, "adminEmail", errors);
        fail(errors);
        return new CreateOrganizationRequest(name, timezone, logo, adminEmail);
    }

    /**
     * @param body the request body's text, or {@code null} or blank when there was none
     * @return the merge patch
     * @throws InvalidRequestException if the body is not one JSON object (field {@code body}), or naming every unknown, read-only or mistyped field, and {@code name} or
     *                                 {@code timezone} sent as {@code null} (they cannot be cleared)
     */
    public static UpdateOrganizationRequest patch(String body) {
        JsonObject json = require(body);
        List<FieldError> errors = new ArrayList<>();
        checkNames(json, PATCH_FIELDS, errors);
        for (String required : List.of("name", "timezone")) {
            if (json.containsKey(required) && json.isNull(required)) {
                errors.add(new FieldError(required, "cannot be cleared; leave it out to keep it unchanged"));
            }
        }
        String name = string(json, "name", errors);
        String timezone = string(json, "timezone", errors);
        String logo = string(json, "logo", errors);
        fail(errors);
        return new UpdateOrganizationRequest(name, timezone, json.containsKey("logo"), logo);
    }

    private static JsonObject require(String body) {
        if (body == null || body.isBlank()) {
            throw InvalidRequestException.field("body", "a JSON object is required");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
            throw InvalidRequestException.field("body", "must be a JSON object, not "
                    + value.getValueType().name().toLowerCase(Locale.ROOT));
        } catch (JsonException e) {
            throw InvalidRequestException.field("body", "is not valid JSON");
        }
    }

    private static void checkNames(JsonObject json, Set<String> writable, List<FieldError> errors) {
        for (String field : json.keySet()) {
            if (READ_ONLY.contains(field)) {
                errors.add(new FieldError(field, "is read-only"));
            } else if (!writable.contains(field)) {
                errors.add(new FieldError(field, "is not a field of this request; expected " + String.join(", ",
                        writable.stream().sorted().toList())));
            }
        }
    }

    private static String string(JsonObject json, String field, List<FieldError> errors) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        errors.add(new FieldError(field, "must be a string, not "
                + value.getValueType().name().toLowerCase(Locale.ROOT)));
        return null;
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            throw new InvalidRequestException(detail, errors);
        }
    }
}
