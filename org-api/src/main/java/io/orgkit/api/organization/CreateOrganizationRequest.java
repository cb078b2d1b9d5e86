package io.orgkit.api.organization;

/**
 * {@code POST /api/organizations}: a Super Admin creates an organization.
 *
 * @param name       required: 1 to 100 characters after trimming, no control characters
 * @param timezone   optional: an IANA region id ({@code America/Los_Angeles}) or {@code UTC}; {@code null} means
 *                   {@code UTC}. Offsets ({@code +05:00}, {@code UTC+1}) and abbreviations ({@code PST}, {@code EST})
 *                   are refused
 * @param logo       optional: an absolute http(s) URL of at most 2048 characters; {@code null} for none
 * @param adminEmail optional: an email that receives an invitation to join as {@code Admin}, written in the same
 *                   transaction as the organization; {@code null} for none
 */
public record CreateOrganizationRequest(String name, String timezone, String logo, String adminEmail) {
}
