package io.orgkit.api.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An id of this module: {@code null} is valid; otherwise a UUID in its canonical 36-character form, any case.
 */
@Documented
@Constraint(validatedBy = Uuid.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Uuid {

    /** @return the message when refused */
    String message() default "must be a UUID";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks a {@link Uuid}.
     */
    class Validator implements ConstraintValidator<Uuid, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isUuid(value);
        }

        /**
         * @param value a candidate id
         * @return whether it is a UUID in canonical form
         */
        public static boolean isUuid(String value) {
            if (value == null || value.length() != 36) {
                return false;
            }
            try {
                return UUID.fromString(value).toString().equals(value.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
