package io.orgkit.api.organization;

import io.orgkit.api.validation.DisplayName;
import io.orgkit.api.validation.EmailAddress;
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
 * {@code POST /api/organizations}: a Super Admin creates an organization.
 *
 * @param name       required: 1 to 100 characters after trimming, no control or invisible characters
 * @param timezone   optional: an IANA region id ({@code America/Los_Angeles}) or {@code UTC}; {@code null} means
 *                   {@code UTC}. Offsets ({@code +05:00}, {@code UTC+1}) and abbreviations ({@code PST}, {@code EST})
 *                   are refused
 * @param logo       optional: an absolute http(s) URL of at most 2048 characters; {@code null} for none
 * @param adminEmail optional: an email that receives an invitation to join as {@code Admin}, written in the same
 *                   transaction as the organization; {@code null} for none
 * @param slug       optional: 3 to 63 lower-case ASCII letters, digits and single hyphens, not a reserved word, unique
 *                   (409 when taken); {@code null} derives it from the name (with a suffix when that is taken)
 * @param publicMetadata  optional: a JSON object of at most 8 KiB that every member reads
 * @param privateMetadata optional: a JSON object of at most 8 KiB for Admins and the Super Admin only
 * @param memberLimit     optional: at most this many members and pending invitations together; {@code null} for none
 */
public record CreateOrganizationRequest(
        @NotNull @DisplayName(max = OrganizationFields.NAME_MAX)
        @Schema(required = true, minLength = 1, maxLength = OrganizationFields.NAME_MAX) String name,
        @TimeZoneId @Schema(description = "IANA region id", defaultValue = "UTC", example = "America/Los_Angeles",
                maxLength = TimeZoneId.MAX)
        String timezone,
        @WebUrl @Schema(format = "uri", maxLength = WebUrl.MAX) String logo,
        @EmailAddress @Schema(format = "email", maxLength = EmailAddress.MAX) String adminEmail,
        @Slug @Schema(example = "acme-corp", minLength = Slug.MIN, maxLength = Slug.MAX, pattern = Slug.PATTERN)
        String slug,
        @Metadata @Schema(type = SchemaType.OBJECT, description = "JSON object of at most 8 KiB; every member reads it")
        JsonObject publicMetadata,
        @Metadata @Schema(type = SchemaType.OBJECT, description = "JSON object of at most 8 KiB; Admins only")
        JsonObject privateMetadata,
        @Min(1) @Max(OrganizationFields.MEMBER_LIMIT_MAX) @Schema(minimum = "1", maximum = "1000000")
        Integer memberLimit) {
}
