package io.orgkit.api.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Metadata a host hangs on an organization or a membership: {@code null} is valid (no metadata); otherwise a JSON
 * object of at most {@value #MAX_BYTES} bytes written compactly in UTF-8, whatever it holds.
 */
@Documented
@Constraint(validatedBy = Metadata.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Metadata {
    /** The largest metadata object, in bytes of compact UTF-8 JSON (8 KiB). */
    int MAX_BYTES = 8192;

    /** @return the message when refused */
    String message() default "must be a JSON object of at most 8 KiB";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks {@link Metadata}.
     */
    class Validator implements ConstraintValidator<Metadata, JsonObject> {
        @Override
        public boolean isValid(JsonObject value, ConstraintValidatorContext context) {
            return value == null || value.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
        }
    }
}
