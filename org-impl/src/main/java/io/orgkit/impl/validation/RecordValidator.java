package io.orgkit.impl.validation;

import java.util.Set;

import io.orgkit.api.error.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks a value against its declared constraints where the value is computed rather than received: the result of a
 * merge patch, a setting. Values received as method parameters are checked by the container's method validation.
 */
@ApplicationScoped
public class RecordValidator {
    private Validator validator;

    /**
     * For the container's client proxy.
     */
    protected RecordValidator() {
    }

    @Inject
    public RecordValidator(Validator validator) {
        this.validator = validator;
    }

    /**
     * @param value a value whose type declares constraints
     * @param <T>   its type
     * @return the value
     * @throws InvalidRequestException naming every field that fails
     */
    public <T> T check(T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw Violations.toInvalidRequest(violations);
        }
        return value;
    }
}
