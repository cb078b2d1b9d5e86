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
 * A role name: {@code null} is valid (combine with {@code @NotNull}); otherwise a {@link DisplayName} whose
 * {@link CaseInsensitiveKey case-insensitive key}, the form it is unique by, is 1 to {@value #MAX} code points. Counting
 * on the key matters: a name can grow when folded ({@code İ} folds to two code points).
 */
@Documented
@Constraint(validatedBy = RoleName.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RoleName {

    /** The longest role name, in code points of its case-insensitive key. */
    int MAX = 64;

    /** @return the message when refused */
    String message() default "must be 1 to 64 visible characters";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks a {@link RoleName}.
     */
    class Validator implements ConstraintValidator<RoleName, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String stripped = value.strip();
            if (stripped.isEmpty() || !VisibleText.isVisible(stripped) || VisibleText.hasUnusualSpace(stripped)) {
                return false;
            }
            return CaseInsensitiveKey.codePoints(CaseInsensitiveKey.of(stripped)) <= MAX
                    && CaseInsensitiveKey.codePoints(stripped) <= MAX;
        }
    }
}
