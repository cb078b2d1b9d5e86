package io.orgkit.api.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A time zone: {@code null} is valid; otherwise {@code UTC} or an IANA region id ({@code Area/Location}, such as
 * {@code America/Los_Angeles}) known to the JVM's time-zone database. Offsets ({@code +05:00}, {@code UTC+1}),
 * abbreviations ({@code PST}, {@code CET}, {@code EST5EDT}) and {@code Etc/} or {@code SystemV/} ids name no place and
 * flip meaning with daylight saving; they are refused.
 */
@Documented
@Constraint(validatedBy = TimeZoneId.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface TimeZoneId {
    /** The longest time zone id accepted. */
    int MAX = 64;

    /** @return the message when refused */
    String message() default "must be an IANA region id such as America/Los_Angeles, or UTC; offsets and "
            + "abbreviations are refused";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks a {@link TimeZoneId}.
     */
    class Validator implements ConstraintValidator<TimeZoneId, String> {
        private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.equals("UTC")) {
                return true;
            }
            return value.length() <= MAX && value.indexOf('/') > 0 && !value.startsWith("Etc/")
                    && !value.startsWith("SystemV/") && ZONE_IDS.contains(value);
        }
    }
}
