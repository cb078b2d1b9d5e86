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
 * A name people read (an organization's, a user's, an API key's): {@code null} is valid (combine with
 * {@code @NotNull}); otherwise, after stripping surrounding white space, 1 to {@link #max()} code points, with no
 * control, format or invisible characters and no space other than U+0020.
 */
@Documented
@Constraint(validatedBy = DisplayName.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface DisplayName {

    /** @return the longest name, in code points after stripping */
    int max();

    /** @return the message when refused */
    String message() default "must be 1 to {max} visible characters";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks a {@link DisplayName}.
     */
    class Validator implements ConstraintValidator<DisplayName, String> {
        private int max;

        @Override
        public void initialize(DisplayName annotation) {
            this.max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String stripped = value.strip();
            int length = CaseInsensitiveKey.codePoints(stripped);
            return length >= 1 && length <= max && VisibleText.isVisible(stripped)
                    && !VisibleText.hasUnusualSpace(stripped);
        }
    }
}
