package io.orgkit.app.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.orgkit.api.scope.Actor;
import io.orgkit.impl.apikey.ApiKeyEntity;
import io.orgkit.impl.apikey.JpaApiKeyStore;
import io.orgkit.impl.invitation.InvitationIssuer;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.OrgUnit;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.secret.SecretTokens;
import io.orgkit.impl.security.Credentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Data for the member and role tests that {@link Fixtures} does not build: API keys and invitations holding a role,
 * and reads of what the database holds after a request.
 */
@ApplicationScoped
public class MemberRoleFixtures {
    @Inject
    JpaApiKeyStore keys;
    @Inject
    InvitationIssuer invitations;
    @Inject
    Fixtures fixtures;
    @Inject
    SystemTime time;
    @Inject
    @OrgUnit
    EntityManager em;

    /** A new API key of the organization holding the role; returns its secret. */
    @Transactional
    public String apiKey(String organizationId, String role) {
        String secret = SecretTokens.generate(Credentials.API_KEY_PREFIX);
        keys.add(new ApiKeyEntity(Ids.newId(), organizationId, Fixtures.unique("key"), role, secret.substring(0, 12),
                SecretTokens.hash(secret), null, time.now(), null));
        return secret;
    }

    /** A new member with a session: the same as {@link Fixtures#memberWithSession}, which is as cheap. */
    public Fixtures.Member quickMemberWithSession(String organizationId, String role) {
        return fixtures.memberWithSession(organizationId, role);
    }

    /** A pending invitation to the role; returns its id. */
    @Transactional
    public String invitation(String organizationId, String role) {
        return invitations.issue(organizationId, Fixtures.unique("invitee") + "@example.test", role,
                Actor.system("tests")).invitation().id();
    }

    /** Moves every pending invitation of the organization past its expiry. */
    @Transactional
    public void expireInvitations(String organizationId) {
        em.createNativeQuery("UPDATE orgkit_invitation SET expires_at = ? WHERE organization_id = ?")
                .setParameter(1, LocalDateTime.ofInstant(Instant.now().minusSeconds(1), ZoneOffset.UTC))
                .setParameter(2, organizationId)
                .executeUpdate();
    }

    /** The role a membership holds now, or {@code null} if it is gone. */
    @Transactional
    public String roleOfMembership(String membershipId) {
        return (String) em.createNativeQuery("SELECT role_name FROM orgkit_membership WHERE id = ?")
                .setParameter(1, membershipId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** How many members hold Admin. */
    @Transactional
    public long admins(String organizationId) {
        return ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ? AND role_name = 'Admin'")
                .setParameter(1, organizationId)
                .getSingleResult()).longValue();
    }
}
