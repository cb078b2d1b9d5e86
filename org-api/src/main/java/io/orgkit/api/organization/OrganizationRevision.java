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
     * @return the strong entity tag of this revision, quoted as an {@code ETag} header carries it, for example
     *         {@code "3"}
     */
    public String etag() {
        return "\"" + version + "\"";
    }
}
