package io.orgkit.impl.kernel;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.orgkit.api.audit.FieldChange;

/**
 * The fields an audited change touched, before and after, as text. A field whose value did not change is left out.
 * A field named like a secret (a password, token, secret or hash) is refused outright: the audit log must never hold
 * one, not even by mistake in a future change.
 */
public final class AuditChanges {
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|hash|credential).*");

    private final Map<String, FieldChange> fields = new LinkedHashMap<>();

    private AuditChanges() {
    }

    /** @return no fields */
    public static AuditChanges none() {
        return new AuditChanges();
    }

    /**
     * @param field  the field's name as the API calls it
     * @param before its value before, or {@code null}
     * @param after  its value after, or {@code null}
     * @return the changes, with this field
     */
    public static AuditChanges of(String field, Object before, Object after) {
        return new AuditChanges().and(field, before, after);
    }

    /**
     * @param values every field of something created, by name
     * @return each as a change from nothing
     */
    public static AuditChanges created(Map<String, ?> values) {
        AuditChanges changes = new AuditChanges();
        values.forEach((field, value) -> changes.and(field, null, value));
        return changes;
    }

    /**
     * @param values every field of something deleted, by name
     * @return each as a change to nothing
     */
    public static AuditChanges deleted(Map<String, ?> values) {
        AuditChanges changes = new AuditChanges();
        values.forEach((field, value) -> changes.and(field, value, null));
        return changes;
    }

    /**
     * Adds a field, unless its value stayed the same.
     *
     * @param field  the field's name as the API calls it
     * @param before its value before, or {@code null}; a collection is shown as its items separated by spaces
     * @param after  its value after, or {@code null}
     * @return these changes
     * @throws IllegalArgumentException if the field is named like a secret
     */
    public AuditChanges and(String field, Object before, Object after) {
        Objects.requireNonNull(field, "field");
        if (SECRET.matcher(field).matches()) {
            throw new IllegalArgumentException("The audit log never records secrets: " + field);
        }
        String was = text(before);
        String is = text(after);
        if (!Objects.equals(was, is)) {
            fields.put(field, new FieldChange(was, is));
        }
        return this;
    }

    /** @return the changed fields, in the order they were added */
    public Map<String, FieldChange> asMap() {
        return Collections.unmodifiableMap(fields);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        return String.valueOf(value);
    }
}
