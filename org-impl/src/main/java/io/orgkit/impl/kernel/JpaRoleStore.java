package io.orgkit.impl.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.orgkit.api.error.ConflictException;
import io.orgkit.api.permission.SystemRole;
import io.orgkit.impl.persistence.DatabaseConflicts;
import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

/**
 * Organization roles.
 */
@ApplicationScoped
public class JpaRoleStore {
    private static final List<String> SYSTEM_KEYS = Arrays.stream(SystemRole.values())
            .map(role -> RoleEntity.keyOf(role.roleName())).toList();

    @Inject
    @OrgUnit
    private EntityManager em;

    /**
     * @param organizationId the organization
     * @param name           a role name, in any case
     * @return the organization's role of that name, compared by {@link RoleEntity#keyOf}
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
    /**
     * @param organizationId the organization
     * @return the names of its roles
     */
    public List<String> names(String organizationId) {
        return em.createQuery("SELECT r.name FROM RoleEntity r WHERE r.organizationId = :org", String.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

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
     * @return the system roles the organization shadows with roles of its own
     */
    public Set<SystemRole> shadowedSystemRoles(String organizationId) {
        return em.createQuery("SELECT r.name FROM RoleEntity r WHERE r.organizationId = :org AND r.nameKey IN :keys",
                        String.class)
                .setParameter("org", organizationId)
                .setParameter("keys", SYSTEM_KEYS)
                .getResultStream()
                .map(SystemRole::named)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Adds a role and writes it at once, so that a duplicate name fails inside the caller's transaction.
     *
     * @param role the new role
     * @throws ConflictException if the organization has a role of that name (also one created concurrently)
     */
    public void add(RoleEntity role) {
        try {
            em.persist(role);
            em.flush();
        } catch (PersistenceException e) {
            throw DatabaseConflicts.translate(e, Map.of("uq_orgkit_role_name",
                    () -> new ConflictException("The organization already has a role named '" + role.name() + "'")),
                    () -> new ConflictException("The organization already has a role named '" + role.name() + "'"));
        }
    }

    public void remove(RoleEntity role) {
        em.remove(role);
    }
}
