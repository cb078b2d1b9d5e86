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
 * An email address: {@code null} is valid (combine with {@code @NotNull}); otherwise, after stripping, at most
 * {@value #MAX} code points of the shape {@code local@domain.tld}: one {@code @}, a dot in the domain, and no white
 * space of any kind (no-break and fullwidth spaces included), control, format or invisible characters.
 * Deliverability is proven by the email the module sends, not by this check.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

    /** The longest address, in code points (RFC 5321's path limit). */
    int MAX = 254;

    /** @return the message when refused */
    String message() default "must be an email address";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks an {@link EmailAddress}.
     */
    class Validator implements ConstraintValidator<EmailAddress, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isEmail(value);
        }

        /**
         * @param value a candidate address
         * @return whether it has the shape this constraint asks for
         */
        static boolean isEmail(String value) {
            String email = value.strip();
            if (email.isEmpty() || CaseInsensitiveKey.codePoints(email) > MAX || !VisibleText.isVisible(email)
                    || email.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
            int at = email.indexOf('@');
            if (at <= 0 || at != email.lastIndexOf('@') || at == email.length() - 1) {
                return false;
            }
            String domain = email.substring(at + 1);
            int dot = domain.lastIndexOf('.');
            return dot > 0 && dot < domain.length() - 1 && !domain.contains("..") && !domain.startsWith(".");
        }
    }
}
