package io.orgkit.api.error;

import java.util.List;

/**
 * 422: the request is well-formed but breaks a rule of the domain, such as shadowing the {@code Admin} role
 * or using the reserved name {@code Super Admin}.
 */
public class UnprocessableException extends OrgException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    /**
     * @param field   the field that breaks the rule
     * @param message which rule, for a human
     */
    public UnprocessableException(String field, String message) {
        super(field + ": " + message);
        this.errors = List.of(new FieldError(field, message));
    }

    /**
     * @return the offending fields, never empty
     */
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Unprocessable request";
    }
}
