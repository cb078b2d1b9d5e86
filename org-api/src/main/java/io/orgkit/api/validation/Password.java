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
 * A new password: {@code null} is valid (combine with {@code @NotNull}); otherwise {@value #MIN} to {@value #MAX} code
 * points, any characters. Long enough for passphrases, short enough to bound the hashing work.
 */
@Documented
@Constraint(validatedBy = Password.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Password {

    /** The shortest password. */
    int MIN = 8;
    /** The longest password. */
    int MAX = 256;

    /** @return the message when refused */
    String message() default "must be 8 to 256 characters";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks a {@link Password}.
     */
    class Validator implements ConstraintValidator<Password, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = CaseInsensitiveKey.codePoints(value);
            return length >= MIN && length <= MAX;
        }
    }
}
