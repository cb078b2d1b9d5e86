package io.orgkit.impl.role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.orgkit.api.audit.AuditActions;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.permission.SystemRole;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.api.role.CreateRoleRequest;
import io.orgkit.api.role.RoleFields;
import io.orgkit.api.role.RoleService;
import io.orgkit.api.role.RoleView;
import io.orgkit.api.scope.OrganizationScope;
import io.orgkit.api.validation.CaseInsensitiveKey;
import io.orgkit.impl.json.MergePatches;
import io.orgkit.impl.kernel.AuditChanges;
import io.orgkit.impl.kernel.AuditTrail;
import io.orgkit.impl.kernel.Authorization;
import io.orgkit.impl.kernel.JpaOrganizationStore;
import io.orgkit.impl.kernel.JpaRoleStore;
import io.orgkit.impl.kernel.PermissionRegistry;
import io.orgkit.impl.kernel.RoleEntity;
import io.orgkit.impl.kernel.RoleHolders;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.Keyset;
import io.orgkit.impl.persistence.ReadWithoutTransaction;
import io.orgkit.impl.persistence.RetryOnRace;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.validation.Confusables;
import io.orgkit.impl.validation.RecordValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;

/**
 * Roles of an organization. A change to a role needs every permission of everyone it affects, before and after: the
 * role's old and new permissions, and for a role shadowing a system role, that system role's too.
 */
@ApplicationScoped
// Validates the constraints its interface declares on every call: the container's method validation (Bean
// Validation's CDI integration) looks for this class-level marker to find classes whose contract is constrained.
@ValidateOnExecution
public class DefaultRoleService implements RoleService {
    private static final List<String> RESERVED_NAMES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(SystemRoles.SUPER_ADMIN),
            java.util.Arrays.stream(SystemRole.values()).map(SystemRole::roleName)).toList();

    private JpaRoleStore roles;
    private JpaOrganizationStore organizations;
    private PermissionRegistry catalog;
    private List<RoleHolders> holders;
    private RecordValidator validator;
    private SystemTime time;
    private AuditTrail audit;

    /**
     * For the container's client proxy.
     */
    protected DefaultRoleService() {
    }

    @Inject
    public DefaultRoleService(JpaRoleStore roles, JpaOrganizationStore organizations, PermissionRegistry catalog,
                              Instance<RoleHolders> holders, RecordValidator validator, SystemTime time,
                              AuditTrail audit) {
        this.roles = roles;
        this.organizations = organizations;
        this.catalog = catalog;
        this.holders = holders.stream().sorted(Comparator.comparingInt(RoleHolders::order)).toList();
        this.validator = validator;
        this.time = time;
        this.audit = audit;
    }

    @Override
    @ReadWithoutTransaction
    public Page<RoleView> list(OrganizationScope scope, PageRequest page) {
        String afterId = Keyset.after(page);
        Set<SystemRole> shadowed = roles.shadowedSystemRoles(scope.organizationId());
        // The system roles' fixed ids sort before every UUIDv7, so one id order spans both kinds.
        List<RoleView> items = new ArrayList<>();
        for (SystemRole role : SystemRole.values()) {
            if ((afterId == null || role.id().compareTo(afterId) > 0) && !shadowed.contains(role)) {
                items.add(RoleMapper.view(role, catalog));
            }
        }
        roles.page(scope.organizationId(), afterId, page.limit()).forEach(role -> items.add(RoleMapper.view(role,
                catalog)));
        return Keyset.page(items, page.limit(), view -> view, RoleView::id);
    }

    @Override
    @ReadWithoutTransaction
    public RoleView get(OrganizationScope scope, String id) {
        Optional<SystemRole> system = SystemRole.withId(id);
        if (system.isPresent()) {
            return RoleMapper.view(system.get(), catalog);
        }
        return RoleMapper.view(find(scope, id), catalog);
    }

    @Override
    @Transactional
    public RoleView create(OrganizationScope scope, CreateRoleRequest request) {
        String name = request.name().strip();
        if (CaseInsensitiveKey.of(name).equals(CaseInsensitiveKey.of(SystemRoles.SUPER_ADMIN))) {
            throw new UnprocessableException("name", "'Super Admin' is reserved for the platform");
        }
        Optional<SystemRole> shadowed = SystemRole.named(name);
        if (shadowed.isPresent() && !shadowed.get().canBeShadowed()) {
            throw new UnprocessableException("name", "'Admin' cannot be shadowed: it always holds every permission");
        }
        // A name that only looks like a reserved one (Cyrillic "Аdmin", "Adrnin", "Меmber") would pass for it in
        // every list and email: refused, by Unicode's confusables data. The exact name shadows, as above.
        Optional<String> reserved = Confusables.lookAlikeOf(name, RESERVED_NAMES);
        if (reserved.isPresent()) {
            throw new UnprocessableException("name", "looks like the reserved role name '" + reserved.get()
                    + "': use that exact name, or one that cannot be mistaken for it");
        }
        if (shadowed.isPresent()) {
            name = shadowed.get().roleName();
        }
        Set<String> permissions = permissions(request.permissions());
        Set<String> affected = new TreeSet<>(permissions);
        shadowed.ifPresent(role -> affected.addAll(role.permissions(catalog.names())));
        Authorization.requireAll(scope, affected, shadowed.isPresent()
                ? "Shadowing '" + name + "' with these permissions" : "Creating a role with these permissions");
        if (roles.findByName(scope.organizationId(), name).isPresent()) {
            throw new ConflictException("The organization already has a role named '" + name + "'");
        }
        Optional<String> lookAlike = Confusables.lookAlikeOf(name, roles.names(scope.organizationId()));
        if (lookAlike.isPresent()) {
            throw new ConflictException("The organization already has a role that looks like this one: '"
                    + lookAlike.get() + "'");
        }
        RoleEntity role = new RoleEntity(Ids.newId(), scope.organizationId(), name, request.description(),
                permissions, time.now());
        roles.add(role);
        audit.record(scope, AuditActions.ROLE_CREATED, target(role), AuditChanges.of("name", null, role.name())
                .and("description", null, role.description())
                .and("permissions", null, catalog.inCatalogOrder(role.permissions())));
        return RoleMapper.view(role, catalog);
    }

    @Override
    @Transactional
    public RoleView update(OrganizationScope scope, String id, JsonObject patch) {
        refuseSystem(id);
        RoleEntity role = find(scope, id);
        RoleFields fields = validator.check(MergePatches.apply(role.fields(catalog.inCatalogOrder(role.permissions())),
                patch, RoleFields.class));
        Set<String> permissions = permissions(fields.permissions());
        Set<String> affected = new TreeSet<>(role.permissions());
        affected.addAll(permissions);
        Authorization.requireAll(scope, affected, "Changing the role '" + role.name() + "'");
        AuditChanges changes = AuditChanges.of("description", role.description(), fields.description())
                .and("permissions", catalog.inCatalogOrder(role.permissions()), catalog.inCatalogOrder(permissions));
        if (!changes.asMap().isEmpty()) {
            audit.record(scope, AuditActions.ROLE_UPDATED, target(role), changes);
        }
        role.change(fields.description(), permissions, time.now());
        return RoleMapper.view(role, catalog);
    }

    @Override
    @RetryOnRace
    @Transactional
    public void delete(OrganizationScope scope, String id) {
        refuseSystem(id);
        // Serialized with role assignments (which take the same lock), so no member gets the role as it goes.
        if (Ids.parse(id).isEmpty() || !organizations.lock(scope.organizationId())) {
            throw notFound(id);
        }
        RoleEntity role = find(scope, id);
        Optional<SystemRole> fallback = SystemRole.named(role.name());
        Set<String> affected = new TreeSet<>(role.permissions());
        fallback.ifPresent(system -> affected.addAll(system.permissions(catalog.names())));
        Authorization.requireAll(scope, affected, "Deleting the role '" + role.name() + "'");
        if (fallback.isEmpty()) {
            List<String> counts = new ArrayList<>();
            long total = 0;
            for (RoleHolders holder : holders) {
                long count = holder.count(scope.organizationId(), role.name(), time.now());
                counts.add(count + " " + holder.holders());
                total += count;
            }
            if (total > 0) {
                throw new ConflictException("The role '" + role.name() + "' is held by " + joined(counts)
                        + ": give them another role first");
            }
        }
        audit.record(scope, AuditActions.ROLE_DELETED, target(role), AuditChanges.of("name", role.name(), null)
                .and("description", role.description(), null)
                .and("permissions", catalog.inCatalogOrder(role.permissions()), null));
        roles.remove(role);
    }

    private static AuditTarget target(RoleEntity role) {
        return new AuditTarget("role", role.id(), role.name());
    }

    private RoleEntity find(OrganizationScope scope, String id) {
        return Ids.parse(id).flatMap(roleId -> roles.find(scope.organizationId(), roleId))
                .orElseThrow(() -> notFound(id));
    }

    private static void refuseSystem(String id) {
        if (SystemRole.withId(id).isPresent()) {
            throw new AccessDeniedException("System roles are read-only; create an organization role of the same name "
                    + "to shadow Member or Viewer");
        }
    }

    private static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("No role " + id + " in this organization");
    }

    private Set<String> permissions(List<String> requested) {
        Set<String> unknown = requested.stream().filter(p -> !catalog.contains(p))
                .map(p -> p.length() > 100 ? p.substring(0, 100) + "…" : p)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            throw new UnprocessableException("permissions", "not in the permission catalog: "
                    + String.join(", ", unknown));
        }
        return new LinkedHashSet<>(requested);
    }

    private static String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }
}
