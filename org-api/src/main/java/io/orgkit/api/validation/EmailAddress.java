package io.orgkit.api.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An email address: {@code null} is valid (combine with {@code @NotNull}); otherwise, after stripping, at most
 * {@value #MAX} characters that Jakarta Mail's strict address parser accepts as a bare address {@code local@domain}
 * (no display name, comment, quoted local part or address literal), in printable ASCII only (internationalized
 * domains in their {@code xn--} form): no white space of any kind (no-break and fullwidth spaces included), no
 * control, format or invisible characters, and no look-alike letters from other scripts or fullwidth forms. The
 * domain has a dot and labels of letters, digits and inner hyphens. Deliverability is proven by the email the module
 * sends, not by this check.
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
            if (email.isEmpty() || email.length() > MAX || !email.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                return false;
            }
            int at = email.indexOf('@');
            if (at <= 0 || at != email.lastIndexOf('@') || email.indexOf('"') >= 0) {
                return false;
            }
            try {
                InternetAddress parsed = new InternetAddress(email, true);
                parsed.validate();
                if (parsed.getPersonal() != null || !email.equals(parsed.getAddress())) {
                    return false;
                }
            } catch (AddressException e) {
                return false;
            }
            String[] labels = email.substring(at + 1).split("\\.", -1);
            if (labels.length < 2) {
                return false;
            }
            for (String label : labels) {
                if (!DOMAIN_LABEL.matcher(label).matches()) {
                    return false;
                }
            }
            return true;
        }

        private static final Pattern DOMAIN_LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    }
}
