package io.orgkit.impl.web;

import java.util.regex.Pattern;

import io.orgkit.api.error.InvalidRequestException;

/**
 * Checks of text fields, each naming the field it refuses. Lengths are checked here, before anything reaches the
 * database.
 */
public final class FieldChecks {
    // Deliberately plain: one @, no spaces or control characters, a dot in the domain. Deliverability is proven by
    // the invitation email, not by a regular expression.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private FieldChecks() {
    }

    /**
     * @param field the field's name
     * @param value the value sent
     * @param max   the largest length after trimming
     * @return the trimmed value, 1 to {@code max} characters without control characters
     */
    public static String requiredText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.field(field, "is required");
        }
        return text(field, value, max);
    }

    /**
     * @param field the field's name
     * @param value the value sent, or {@code null}
     * @param max   the largest length after trimming
     * @return the trimmed value, or {@code null} when absent or blank
     */
    public static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(field, value, max);
    }

    private static String text(String field, String value, int max) {
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw InvalidRequestException.field(field, "must be at most " + max + " characters");
        }
        if (CONTROL.matcher(trimmed).find()) {
            throw InvalidRequestException.field(field, "must not contain control characters");
        }
        return trimmed;
    }

    /**
     * @param field the field's name
     * @param value the value sent
     * @return the email, trimmed and lower-cased
     */
    public static String email(String field, String value) {
        String email = requiredText(field, value, 254);
        if (!EMAIL.matcher(email).matches()) {
            throw InvalidRequestException.field(field, "must be an email address");
        }
        return email.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param field the field's name
     * @param value the value sent
     * @return the id, if it is a UUID
     */
    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.field(field, "is required");
        }
        if (!io.orgkit.impl.persistence.Ids.isWellFormed(value.trim())) {
            throw InvalidRequestException.field(field, "must be a UUID");
        }
        return value.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
