package io.orgkit.api.organization;

/**
 * An organization together with the version it was read at: the version is what its {@code ETag} is made of, and what
 * an {@code If-Match} precondition is compared with.
 *
 * @param organization the organization; never {@code null}
 * @param version      its optimistic-lock version, increased by every change
 */
public record OrganizationRevision(OrganizationView organization, long version) {
    /**
     * The strong entity tag of this revision: the organization's id and its version, so that a tag of one
     * organization never matches another's (a caller that switches organizations sends the same URL, {@code /me}).
     *
     * @return the tag quoted as an {@code ETag} header carries it, for example
     *         {@code "01a22ace-3e12-71dc-a78c-95be197de169.3"}
     */
    public String etag() {
        return "\"" + opaqueTag() + "\"";
    }

    /**
     * @return the tag without its quotes
     */
    public String opaqueTag() {
        return organization.id() + "." + version;
    }
}
