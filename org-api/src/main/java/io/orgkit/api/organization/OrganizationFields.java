package io.orgkit.api.organization;

import io.orgkit.api.validation.DisplayName;
import io.orgkit.api.validation.Metadata;
import io.orgkit.api.validation.Slug;
import io.orgkit.api.validation.TimeZoneId;
import io.orgkit.api.validation.WebUrl;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client may change of an organization, and so what a {@code PATCH} (a JSON merge patch, RFC 7396) may name:
 * the patch is applied to these fields of the current organization and the result must pass the constraints here.
 * Any other member in a patch ({@code id}, {@code createdAt}, …) is refused with 400.
 *
 * @param name     1 to 100 characters after trimming; cannot be cleared
 * @param logo     an absolute http(s) URL of at most 2048 characters, or {@code null} for no logo
 * @param timezone an IANA region id or {@code UTC}; cannot be cleared
 * @param slug     the readable, unique name the organization is found by: 3 to 63 lower-case ASCII letters, digits and
 *                 single hyphens, not a reserved word; cannot be cleared ({@code null} only before creation derives it
 *                 from the name)
 * @param publicMetadata  a JSON object of at most 8 KiB that every member reads; a patch merges into it (RFC 7396:
 *                        a member set to {@code null} is removed), and {@code null} clears it
 * @param privateMetadata the same, read and written only by the organization's Admins and the Super Admin
 * @param memberLimit     at most this many members and pending invitations together, 1 to {@value #MEMBER_LIMIT_MAX};
 *                        {@code null} for no limit. Only the Super Admin sets it (403 for anyone else naming it)
 */
@Schema(description = "The writable fields of an organization; a PATCH body names any of them (JSON merge patch)")
public record OrganizationFields(
        @NotNull(message = "cannot be cleared") @DisplayName(max = NAME_MAX)
        @Schema(minLength = 1, maxLength = NAME_MAX) String name,
        @WebUrl @Schema(format = "uri", maxLength = WebUrl.MAX, nullable = true) String logo,
        @NotNull(message = "cannot be cleared") @TimeZoneId
        @Schema(example = "Europe/Paris", maxLength = TimeZoneId.MAX) String timezone,
        @NotNull(message = "cannot be cleared") @Slug
        @Schema(example = "acme-corp", minLength = Slug.MIN, maxLength = Slug.MAX, pattern = Slug.PATTERN)
        String slug,
        @Metadata @Schema(type = SchemaType.OBJECT, nullable = true,
                description = "JSON object of at most 8 KiB (compact UTF-8); every member reads it") JsonObject publicMetadata,
        @Metadata @Schema(type = SchemaType.OBJECT, nullable = true,
                description = "JSON object of at most 8 KiB (compact UTF-8); Admins and the Super Admin only")
        JsonObject privateMetadata,
        @Min(1) @Max(MEMBER_LIMIT_MAX) @Schema(minimum = "1", maximum = "1000000", nullable = true,
                description = "Members and pending invitations together; Super Admin only") Integer memberLimit) {

    /** The highest member limit. */
    public static final int MEMBER_LIMIT_MAX = 1_000_000;

    /** The longest organization name. */
    public static final int NAME_MAX = 100;
    /** The time zone of an organization created without one. */
    public static final String DEFAULT_TIMEZONE = "UTC";

    /**
     * @return what a new organization holds unless its creation says otherwise (no name yet)
     */
    public static OrganizationFields defaults() {
        return new OrganizationFields(null, null, DEFAULT_TIMEZONE, null, null, null, null);
    }

    /**
     * @param name a name; never {@code null}
     * @return an organization of that name with every other field at its default (its slug is derived on creation)
     */
    public static OrganizationFields named(String name) {
        return new OrganizationFields(name, null, DEFAULT_TIMEZONE, null, null, null, null);
    }

    /**
     * @param slug a slug
     * @return these fields with that slug
     */
    public OrganizationFields withSlug(String slug) {
        return new OrganizationFields(name, logo, timezone, slug, publicMetadata, privateMetadata, memberLimit);
    }
}
