package io.orgkit.api.organization;

import io.orgkit.api.validation.DisplayName;
import io.orgkit.api.validation.Slug;
import io.orgkit.api.validation.TimeZoneId;
import io.orgkit.api.validation.WebUrl;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/organizations/found}: a user founds an organization of its own and becomes its Admin.
 *
 * @param name     required: 1 to 100 characters after trimming
 * @param timezone optional: an IANA region id or {@code UTC} (the default)
 * @param logo     optional: an absolute http(s) URL of at most 2048 characters
 * @param slug     optional: as {@link CreateOrganizationRequest#slug()}; derived from the name when absent
 */
public record FoundOrganizationRequest(
        @NotNull @DisplayName(max = OrganizationFields.NAME_MAX)
        @Schema(required = true, minLength = 1, maxLength = OrganizationFields.NAME_MAX) String name,
        @TimeZoneId @Schema(defaultValue = "UTC", example = "Europe/Paris", maxLength = TimeZoneId.MAX) String timezone,
        @WebUrl @Schema(format = "uri", maxLength = WebUrl.MAX) String logo,
        @Slug @Schema(example = "acme-corp", minLength = Slug.MIN, maxLength = Slug.MAX, pattern = Slug.PATTERN)
        String slug) {
}
