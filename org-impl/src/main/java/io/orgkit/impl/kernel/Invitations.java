package io.orgkit.impl.kernel;

import io.orgkit.api.error.ConflictException;
import io.orgkit.api.scope.Actor;

/**
 * Issuing an invitation, for features that invite without being the invitation feature (a Super Admin creating an
 * organization with an admin email). The caller has already decided the role may be given.
 */
public interface Invitations {

    /**
     * Creates a pending invitation and queues its email, in the caller's transaction.
     *
     * @param organizationId the organization, written in this transaction already
     * @param email          the invited email, validated
     * @param roleName       the role's canonical name
     * @param inviter        who invites
     * @throws ConflictException if the email is a member or has a pending invitation
     */
    void invite(String organizationId, String email, String roleName, Actor inviter);

    /**
     * Takes the organization's row lock and checks its member limit, for a feature about to add a member without an
     * invitation (joining by a verified domain): members and pending invitations count.
     *
     * @param organizationId the organization
     * @throws ConflictException naming the limit, when it is reached
     */
    void requireRoomFor(String organizationId);
}
