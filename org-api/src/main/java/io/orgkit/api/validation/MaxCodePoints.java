package io.orgkit.api.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text of at most {@link #value()} code points (what JSON Schema's {@code maxLength} counts; {@code @Size} counts UTF-16
 * units instead). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = MaxCodePoints.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxCodePoints {

    /** @return the longest text, in code points */
    int value();

    /** @return the message when refused */
    String message() default "must be at most {value} characters";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks a {@link MaxCodePoints}.
     */
    class Validator implements ConstraintValidator<MaxCodePoints, String> {
        private int max;

        @Override
        public void initialize(MaxCodePoints annotation) {
            this.max = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CaseInsensitiveKey.codePoints(value) <= max;
        }
    }
}
