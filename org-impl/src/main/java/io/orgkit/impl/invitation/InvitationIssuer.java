package io.orgkit.impl.invitation;

import java.time.Instant;

import io.orgkit.api.error.ConflictException;
import io.orgkit.impl.auth.JpaUserStore;
import io.orgkit.impl.member.JpaMembershipStore;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.security.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Writes a new pending invitation into an organization: the one place invitations are created, whether by an
 * organization's members or by a super admin creating an organization with an {@code adminEmail}.
 * Callers have already decided the role is allowed; this checks the rules every invitation obeys.
 */
@ApplicationScoped
public class InvitationIssuer {
    /** Prefix of invitation tokens. */
    public static final String TOKEN_PREFIX = "orgi_";

    private final JpaInvitationStore invitations;
    private final JpaUserStore users;
    private final JpaMembershipStore memberships;
    private final InvitationSettings settings;
    private final SystemTime time;

    @Inject
    public InvitationIssuer(JpaInvitationStore invitations, JpaUserStore users, JpaMembershipStore memberships,
                            InvitationSettings settings, SystemTime time) {
        this.invitations = invitations;
        this.users = users;
        this.memberships = memberships;
        this.settings = settings;
        this.time = time;
    }

    /**
     * @param organizationId  the organization
     * @param email           the invited email, already validated and lower-cased
     * @param roleName        the role's canonical name
     * @param inviterUserId   the inviting user, or {@code null} for an API key
     * @param inviterDisplay  who invited, as shown to the recipient
     * @return the invitation and its token, which exists only here
     * @throws ConflictException if the email is already a member or already has a pending invitation
     */
    @Transactional
    public Issued issue(String organizationId, String email, String roleName, String inviterUserId, String inviterDisplay) {
        Instant now = time.now();
        users.findByEmail(email)
                .flatMap(user -> memberships.find(organizationId, user.id()))
                .ifPresent(member -> {
                    throw new ConflictException("This email is already a member of the organization");
                });
        invitations.findPending(organizationId, email).ifPresent(existing -> {
            if (existing.statusAt(now) == InvitationStatus.PENDING) {
                throw new ConflictException("This email already has a pending invitation");
            }
            existing.releaseIfExpired(now);
            // The freed slot must reach the database before the new row takes it.
            invitations.flush();
        });
        String token = SecretTokens.generate(TOKEN_PREFIX);
        InvitationEntity invitation = new InvitationEntity(Ids.newId(), organizationId, email, roleName,
                SecretTokens.hash(token), inviterUserId, inviterDisplay, now, settings.ttl());
        invitations.add(invitation);
        return new Issued(invitation, token);
    }

    /**
     * @param invitation the stored invitation
     * @param token      its token, shown nowhere but in the email
     */
    public record Issued(InvitationEntity invitation, String token) {
    }
}
