package io.orgkit.api.error;

/**
 * One invalid field of a request.
 *
 * @param field   the field's name as the client sent it ({@code name}, {@code limit}, {@code body}); never {@code null}
 * @param message what is wrong with it; never {@code null}
 */
public record FieldError(String field, String message) {
}
