package io.orgkit.api.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A link shown or fetched by browsers (an organization's logo): {@code null} is valid; otherwise an absolute
 * {@code http} or {@code https} URL with a host, at most {@value #MAX} characters.
 */
@Documented
@Constraint(validatedBy = WebUrl.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebUrl {

    /** The longest URL. */
    int MAX = 2048;

    /** @return the message when refused */
    String message() default "must be an absolute http or https URL of at most 2048 characters";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks a {@link WebUrl}.
     */
    class Validator implements ConstraintValidator<WebUrl, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value.length() > MAX || !VisibleText.isVisible(value)) {
                return false;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https"))
                        && uri.getHost() != null && !uri.getHost().isEmpty();
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
