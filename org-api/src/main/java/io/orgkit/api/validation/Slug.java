package io.orgkit.api.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An organization's slug, the readable name it is found by in URLs: {@code null} is valid; otherwise
 * {@value #MIN} to {@value #MAX} characters of lower-case ASCII letters, digits and single hyphens, starting and ending
 * with a letter or digit, and not one of the {@link #RESERVED} words (paths of the API and words a host's own routes
 * commonly use).
 */
@Documented
@Constraint(validatedBy = Slug.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Slug {
    /** The shortest slug. */
    int MIN = 3;
    /** The longest slug (a DNS label's limit, so that a slug can also name a subdomain). */
    int MAX = 63;
    /** The shape, as the OpenAPI document declares it. */
    String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /** Words that are never slugs. */
    Set<String> RESERVED = Set.of("me", "members", "roles", "invitations", "api-keys", "by-slug", "deleted",
            "restore", "suspend", "resume", "domains", "found", "join", "new", "edit", "settings", "admin", "administrator", "root",
            "system", "api", "app", "www", "mail", "login", "logout", "signup", "register", "auth", "account",
            "accounts", "organizations", "orgs", "org", "help", "support", "static", "assets", "public", "null",
            "undefined", "superadmin", "super-admin", "health", "metrics", "openapi");

    /** @return the message when refused */
    String message() default "must be 3 to 63 lower-case letters, digits and single hyphens, not a reserved word";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks a {@link Slug}.
     */
    class Validator implements ConstraintValidator<Slug, String> {
        private static final Pattern SHAPE = Pattern.compile(PATTERN);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isSlug(value);
        }

        /**
         * @param value a candidate; never {@code null}
         * @return whether it is a valid slug
         */
        public static boolean isSlug(String value) {
            return value.length() >= MIN && value.length() <= MAX && SHAPE.matcher(value).matches()
                    && !RESERVED.contains(value);
        }
    }
}
