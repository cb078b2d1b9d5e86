package io.orgkit.api.error;

import java.util.List;

/**
 * 400: the request is malformed, a field has the wrong type or length, or a field is unknown or not writable.
 */
public class InvalidRequestException extends OrgException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    /**
     * @param detail what is wrong, for a human
     * @param errors the offending fields; may be empty, never {@code null}
     */
    public InvalidRequestException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    /**
     * A single-field failure.
     *
     * @param field   the field
     * @param message what is wrong with it
     * @return the exception, to throw
     */
    public static InvalidRequestException field(String field, String message) {
        return new InvalidRequestException(field + ": " + message, List.of(new FieldError(field, message)));
    }

    /**
     * @return the offending fields, possibly empty
     */
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid request";
    }
}
