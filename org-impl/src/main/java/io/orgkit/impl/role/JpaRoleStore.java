package io.orgkit.impl.role;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.orgkit.api.permission.SystemRoles;
import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Organization roles.
 */
@ApplicationScoped
public class JpaRoleStore {
    private static final List<String> SYSTEM_KEYS = SystemRoles.NAMES.stream().map(RoleEntity::keyOf).toList();

    @Inject
    @OrgUnit
    private EntityManager em;

    /**
     * @param organizationId the organization
     * @param name           a role name, in any case
     * @return the organization's role of that name
     */
    public Optional<RoleEntity> findByName(String organizationId, String name) {
        return em.createQuery("SELECT r FROM RoleEntity r WHERE r.organizationId = :org AND r.nameKey = :key",
                        RoleEntity.class)
                .setParameter("org", organizationId)
                .setParameter("key", RoleEntity.keyOf(name))
                .getResultStream()
                .findFirst();
    }

    /**
     * @param organizationId the organization
     * @param id             a role id
     * @return the role, if it belongs to the organization
     */
    public Optional<RoleEntity> find(String organizationId, String id) {
        return em.createQuery("SELECT r FROM RoleEntity r WHERE r.organizationId = :org AND r.id = :id",
                        RoleEntity.class)
                .setParameter("org", organizationId)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * One keyset page of the organization's roles; their permissions are read in one more statement for the whole
     * page, not one per role.
     *
     * @param organizationId the organization
     * @param afterId        the last id of the previous page, or {@code null}
     * @param limit          the page size
     * @return up to {@code limit + 1} roles in id order
     */
    public List<RoleEntity> page(String organizationId, String afterId, int limit) {
        TypedQuery<RoleEntity> query = em.createQuery("SELECT r FROM RoleEntity r WHERE r.organizationId = :org "
                        + (afterId == null ? "" : "AND r.id > :after ") + "ORDER BY r.id", RoleEntity.class)
                .setParameter("org", organizationId)
                .setHint("eclipselink.batch", "r.permissions")
                .setHint("eclipselink.batch.type", "IN")
                .setMaxResults(limit + 1);
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultList();
    }

    /**
     * @param organizationId the organization
     * @return the canonical names of the system roles the organization shadows with roles of its own
     */
    public Set<String> shadowedSystemNames(String organizationId) {
        return em.createQuery("SELECT r.name FROM RoleEntity r WHERE r.organizationId = :org AND r.nameKey IN :keys",
                        String.class)
                .setParameter("org", organizationId)
                .setParameter("keys", SYSTEM_KEYS)
                .getResultStream()
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Who holds a role name, in one statement.
     *
     * @param organizationId the organization
     * @param roleName       the role's canonical name
     * @param now            the current time: invitations past their expiry no longer count
     * @return the members, API keys and pending invitations holding it
     */
    public RoleHolders countHolders(String organizationId, String roleName, Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT "
                        + "(SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ? AND role_name = ?), "
                        + "(SELECT COUNT(*) FROM orgkit_api_key WHERE organization_id = ? AND role_name = ?), "
                        + "(SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ? AND role_name = ? "
                        + "AND status = 'PENDING' AND expires_at > ?)")
                .setParameter(1, organizationId)
                .setParameter(2, roleName)
                .setParameter(3, organizationId)
                .setParameter(4, roleName)
                .setParameter(5, organizationId)
                .setParameter(6, roleName)
                .setParameter(7, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .getSingleResult();
        return new RoleHolders(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    /**
     * Adds a role and writes it at once, so that a duplicate name fails inside the caller's transaction.
     *
     * @param role the new role
     */
    public void add(RoleEntity role) {
        em.persist(role);
        em.flush();
    }

    public void remove(RoleEntity role) {
        em.remove(role);
    }

    /**
     * How many hold a role.
     *
     * @param members            members holding it
     * @param apiKeys            API keys holding it
     * @param pendingInvitations pending, unexpired invitations to it
     */
    public record RoleHolders(long members, long apiKeys, long pendingInvitations) {
        /**
         * @return the holders in all
         */
        public long total() {
            return members + apiKeys + pendingInvitations;
        }
    }
}
