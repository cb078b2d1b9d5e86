package io.orgkit.impl.organization;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.impl.web.FieldChecks;

/**
 * The rules of an organization's fields, each failure naming its field.
 */
final class OrganizationFields {
    static final String DEFAULT_TIMEZONE = "UTC";
    static final int NAME_MAX = 100;
    static final int LOGO_MAX = 2048;

    private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();

    private OrganizationFields() {
    }

    static String name(String value) {
        return FieldChecks.requiredText("name", value, NAME_MAX);
    }

    /**
     * An IANA region id ({@code Area/Location}) known to this JVM's time-zone database, or {@code UTC}. The database
     * also holds abbreviations ({@code EST}, {@code CET}, {@code PST8PDT}) and {@code Etc/GMT+5}-style fixed offsets,
     * which name no place and flip meaning with daylight saving; those are refused, as are offsets.
     */
    static String timezone(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.field("timezone", "is required: an IANA region id such as Europe/Paris, or UTC");
        }
        if (DEFAULT_TIMEZONE.equals(value)) {
            return value;
        }
        boolean region = value.length() <= 64 && value.indexOf('/') > 0 && !value.startsWith("Etc/")
                && !value.startsWith("SystemV/") && ZONE_IDS.contains(value);
        if (!region) {
            throw InvalidRequestException.field("timezone",
                    "must be an IANA region id such as America/Los_Angeles, or UTC; offsets and abbreviations are refused");
        }
        return value;
    }

    /**
     * @return the logo URL, or {@code null} to have none
     */
    static String logo(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > LOGO_MAX) {
            throw InvalidRequestException.field("logo", "must be at most " + LOGO_MAX + " characters");
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isEmpty()) {
                return value;
            }
        } catch (URISyntaxException e) {
            // answered below, like any other URL that is not an absolute http(s) one
        }
        throw InvalidRequestException.field("logo", "must be an absolute http or https URL, or null for no logo");
    }
}
