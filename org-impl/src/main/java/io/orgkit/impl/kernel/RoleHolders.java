package io.orgkit.impl.kernel;

import java.time.Instant;

/**
 * Something that holds roles by name in an organization: members, API keys, pending invitations. Each feature that
 * assigns roles provides one, so that deleting a role can tell who still holds it without the role feature knowing
 * the others' tables.
 */
public interface RoleHolders {

    /**
     * @param organizationId the organization
     * @param roleName       a role's canonical name
     * @param now            the current time (an expired invitation holds nothing)
     * @return how many hold it
     */
    long count(String organizationId, String roleName, Instant now);

    /**
     * @return what they are, plural, for a person: {@code "member(s)"}
     */
    String holders();

    /**
     * @return where the count comes in a sentence listing every kind of holder: members first
     */
    int order();
}
