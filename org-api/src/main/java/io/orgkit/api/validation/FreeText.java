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
 * An optional line of text (a role's description): {@code null} and blank are valid and mean none; otherwise at most
 * {@link #max()} code points after stripping, with no control, format or invisible characters.
 */
@Documented
@Constraint(validatedBy = FreeText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FreeText {

    /** @return the longest text, in code points after stripping */
    int max();

    /** @return the message when refused */
    String message() default "must be at most {max} visible characters";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks a {@link FreeText}.
     */
    class Validator implements ConstraintValidator<FreeText, String> {
        private int max;

        @Override
        public void initialize(FreeText annotation) {
            this.max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String stripped = value.strip();
            return CaseInsensitiveKey.codePoints(stripped) <= max && VisibleText.isVisible(stripped);
        }
    }
}
