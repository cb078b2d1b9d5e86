package io.orgkit.app.testing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import java.time.Duration;

import io.orgkit.impl.apikey.ApiKeyEntity;
import io.orgkit.impl.auth.JpaSessionStore;
import io.orgkit.impl.auth.JpaUserStore;
import io.orgkit.impl.auth.SessionEntity;
import io.orgkit.impl.auth.UserEntity;
import io.orgkit.impl.member.JpaMembershipStore;
import io.orgkit.impl.member.MembershipEntity;
import io.orgkit.impl.apikey.JpaApiKeyStore;
import io.orgkit.impl.invitation.InvitationIssuer;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.OrgUnit;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.security.Credentials;
import io.orgkit.impl.security.SecretTokens;
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
    JpaUserStore users;
    @Inject
    JpaSessionStore sessions;
    @Inject
    JpaMembershipStore memberships;
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

    /**
     * A new member with a session, without the password hashing of a real login: for tests that need many (a session
     * row is exactly what login writes).
     */
    @Transactional
    public Fixtures.Member quickMemberWithSession(String organizationId, String role) {
        String email = Fixtures.unique("quick") + "@example.test";
        UserEntity user = new UserEntity(Ids.newId(), email, "Quick " + email.substring(0, 14), null, false, time.now());
        users.add(user);
        // No mapped relationships tell EclipseLink the order of the inserts: write the user first.
        em.flush();
        MembershipEntity membership = new MembershipEntity(Ids.newId(), organizationId, user.id(), role, time.now());
        memberships.add(membership);
        em.flush();
        String token = SecretTokens.generate(Credentials.SESSION_PREFIX);
        sessions.add(new SessionEntity(Ids.newId(), SecretTokens.hash(token), user.id(), organizationId, time.now(),
                Duration.ofHours(1)));
        return new Fixtures.Member(new Fixtures.TestUser(user.id(), user.email()), membership.id(), token);
    }

    /** A pending invitation to the role; returns its id. */
    @Transactional
    public String invitation(String organizationId, String role) {
        return invitations.issue(organizationId, Fixtures.unique("invitee") + "@example.test", role, null, "tests")
                .invitation().id();
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
