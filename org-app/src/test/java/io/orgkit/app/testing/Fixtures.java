package io.orgkit.app.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import io.orgkit.api.organization.OrganizationFields;
import io.orgkit.impl.auth.SessionIssuer;
import io.orgkit.impl.kernel.JpaMembershipStore;
import io.orgkit.impl.kernel.JpaOrganizationStore;
import io.orgkit.impl.kernel.JpaRoleStore;
import io.orgkit.impl.kernel.JpaUserStore;
import io.orgkit.impl.kernel.MembershipEntity;
import io.orgkit.impl.kernel.OrganizationEntity;
import io.orgkit.impl.kernel.RoleEntity;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.OrgUnit;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.secret.PasswordHasher;
import io.orgkit.impl.secret.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Builds each test's own data through the module's real stores and session issuer, with unique names, so tests never
 * depend on each other or on their order.
 *
 * <p>Cheap by design: every fixture user shares one Argon2 hash of {@link #PASSWORD}, computed once per test JVM, not
 * once per test class's server (a real login with that password still checks it), and sessions are opened by the
 * module's own {@link SessionIssuer} without checking a password. Tests of logging in log in over HTTP.
 */
@ApplicationScoped
public class Fixtures {
    public static final String PASSWORD = "correct-horse-battery";

    @Inject
    JpaUserStore users;
    @Inject
    PasswordHasher hasher;
    @Inject
    SessionIssuer sessions;
    @Inject
    JpaOrganizationStore organizations;
    @Inject
    JpaMembershipStore memberships;
    @Inject
    JpaRoleStore roles;
    @Inject
    SystemTime time;
    @Inject
    @OrgUnit
    EntityManager em;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // Static: the hash carries its parameters, so one made by an earlier class's server checks in every later one.
    private static volatile String passwordHash;

    /** A new user with {@link #PASSWORD}. */
    @Transactional
    public TestUser user() {
        return user(false);
    }

    /** A new user with {@link #PASSWORD}, a super admin when asked. */
    @Transactional
    public TestUser user(boolean superAdmin) {
        String email = unique(superAdmin ? "root" : "user") + "@example.test";
        UserEntity user = new UserEntity(Ids.newId(), email, (superAdmin ? "Root " : "User ") + email.substring(0, 13),
                passwordHash(), superAdmin, time.now());
        users.add(user);
        return new TestUser(user.id(), user.email());
    }

    /** A new user with this email and {@link #PASSWORD}, its email verified when asked. */
    @Transactional
    public TestUser userWithEmail(String email, boolean verified) {
        UserEntity user = new UserEntity(Ids.newId(), email, "User " + email.substring(0, email.indexOf('@')),
                passwordHash(), false, time.now());
        if (verified) {
            user.emailVerified(time.now());
        }
        users.add(user);
        return new TestUser(user.id(), user.email());
    }

    private String passwordHash() {
        String hash = passwordHash;
        if (hash == null) {
            hash = hasher.hash(PASSWORD);
            passwordHash = hash;
        }
        return hash;
    }

    /** A new organization, with no members. */
    @Transactional
    public String organization() {
        OrganizationEntity organization = new OrganizationEntity(Ids.newId(),
                OrganizationFields.named(unique("Org")), time.now());
        organizations.add(organization);
        return organization.id();
    }

    /** Makes the user a member holding the role; returns the membership id. */
    @Transactional
    public String member(String organizationId, TestUser user, String role) {
        MembershipEntity membership = new MembershipEntity(Ids.newId(), organizationId, user.id(), role, time.now());
        memberships.add(membership);
        return membership.id();
    }

    /** An organization role; returns its id. */
    @Transactional
    public String orgRole(String organizationId, String name, String... permissions) {
        RoleEntity role = new RoleEntity(Ids.newId(), organizationId, name, null, Set.of(permissions), time.now());
        roles.add(role);
        return role.id();
    }

    /** Opens a session for the user as a login would (the organization active, else the oldest membership); its token. */
    @Transactional
    public String login(TestUser user, String organizationId) {
        return sessions.login(users.findById(user.id()).orElseThrow(), organizationId).token();
    }

    /** A new user holding the role in the organization, logged in with it active. */
    @Transactional
    public Member memberWithSession(String organizationId, String role) {
        TestUser user = user();
        String membershipId = member(organizationId, user, role);
        return new Member(user, membershipId, login(user, organizationId));
    }

    /** Pretends the session was last used {@code ago} before now. */
    @Transactional
    public void idleSession(String token, Duration ago) {
        em.createNativeQuery("UPDATE orgkit_session SET last_seen_at = ? WHERE token_hash = ?")
                .setParameter(1, utc(time.now().minus(ago)))
                .setParameter(2, SecretTokens.hash(token))
                .executeUpdate();
    }

    /** Pretends the session was created long ago and has reached its absolute expiry. */
    @Transactional
    public void endSessionLifetime(String token) {
        em.createNativeQuery("UPDATE orgkit_session SET expires_at = ? WHERE token_hash = ?")
                .setParameter(1, utc(time.now().minusSeconds(1)))
                .setParameter(2, SecretTokens.hash(token))
                .executeUpdate();
    }

    /** Moves an API key's expiry into the past. */
    @Transactional
    public void expireApiKey(String keyId) {
        em.createNativeQuery("UPDATE orgkit_api_key SET expires_at = ? WHERE id = ?")
                .setParameter(1, utc(time.now().minusSeconds(1)))
                .setParameter(2, keyId)
                .executeUpdate();
    }

    /** Pretends the API key was created {@code ago} before now. */
    @Transactional
    public void apiKeyCreatedAgo(String keyId, Duration ago) {
        em.createNativeQuery("UPDATE orgkit_api_key SET created_at = ? WHERE id = ?")
                .setParameter(1, utc(time.now().minus(ago)))
                .setParameter(2, keyId)
                .executeUpdate();
    }

    /** Runs the work in a transaction, for module code a test builds by hand. */
    @Transactional
    public void inTransaction(Runnable work) {
        work.run();
    }

    /** Runs an update, for tests that move time forward for some rows. */
    @Transactional
    public int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** The moment {@code ago} before now, as the database stores times (UTC). */
    public LocalDateTime utcAgo(Duration ago) {
        return utc(time.now().minus(ago));
    }

    /** Pretends the organization was deleted {@code ago} before now. */
    @Transactional
    public void deletedAgo(String organizationId, Duration ago) {
        em.createNativeQuery("UPDATE orgkit_organization SET deleted_at = ? WHERE id = ?")
                .setParameter(1, utc(time.now().minus(ago)))
                .setParameter(2, organizationId)
                .executeUpdate();
    }

    /** Runs a counting query, for checks that nothing was half-written. */
    @Transactional
    public long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Renames a table: the way a test makes the database fail under a request (a table name is never user input).
     */
    @Transactional
    public void renameTable(String from, String to) {
        em.createNativeQuery("ALTER TABLE " + from + " RENAME TO " + to).executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public record TestUser(String id, String email) {
    }

    public record Member(TestUser user, String membershipId, String token) {
    }
}
