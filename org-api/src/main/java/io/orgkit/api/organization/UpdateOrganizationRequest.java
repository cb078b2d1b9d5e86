package io.orgkit.api.organization;

/**
 * A JSON merge patch of an organization ({@code PATCH /api/organizations/me} and {@code /api/organizations/{id}}):
 * what is absent stays unchanged.
 *
 * @param name        the new name (1 to 100 characters after trimming), or {@code null} to leave it unchanged
 * @param timezone    the new IANA region id or {@code UTC}, or {@code null} to leave it unchanged
 * @param logoPresent whether the patch names {@code logo} at all; {@code false} leaves the logo unchanged
 * @param logo        when {@code logoPresent}: the new absolute http(s) URL, or {@code null} to clear the logo
 */
public record UpdateOrganizationRequest(String name, String timezone, boolean logoPresent, String logo) {
    /**
     * @return whether the patch changes nothing
     */
    public boolean isEmpty() {
        return name == null && timezone == null && !logoPresent;
    }
}
