package io.orgkit.impl.role;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.api.role.CreateRoleRequest;
import io.orgkit.api.role.RoleService;
import io.orgkit.api.role.RoleView;
import io.orgkit.api.role.SystemRoleIds;
import io.orgkit.api.role.UpdateRoleRequest;
import io.orgkit.impl.member.JpaMembershipStore;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CallerContext;
import io.orgkit.impl.web.CursorCodec;
import io.orgkit.impl.web.FieldChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Roles of the caller's organization. A change to a role needs every permission of everyone it affects, before and
 * after: the role's old and new permissions, and for a role shadowing a system role, that system role's too.
 */
@ApplicationScoped
public class DefaultRoleService implements RoleService {
    private static final List<String> SYSTEM_IDS = List.of(SystemRoleIds.ADMIN, SystemRoleIds.MEMBER,
            SystemRoleIds.VIEWER);
    private static final Map<String, String> SYSTEM_DESCRIPTIONS = Map.of(
            SystemRoles.ADMIN, "Every permission, the host application's too; cannot be shadowed",
            SystemRoles.MEMBER, "Reads members and roles, and invites people",
            SystemRoles.VIEWER, "Reads members and roles");
    private static final int MAX_DESCRIPTION = 500;

    private final JpaRoleStore roles;
    private final JpaMembershipStore memberships;
    private final RoleResolver resolver;
    private final PermissionRegistry catalog;
    private final CallerContext callers;
    private final SystemTime time;

    @Inject
    public DefaultRoleService(JpaRoleStore roles, JpaMembershipStore memberships, RoleResolver resolver,
                              PermissionRegistry catalog, CallerContext callers, SystemTime time) {
        this.roles = roles;
        this.memberships = memberships;
        this.resolver = resolver;
        this.catalog = catalog;
        this.callers = callers;
        this.time = time;
    }

    @Override
    @Transactional
    public Page<RoleView> list(PageRequest page) {
        String organizationId = callers.require().requireOrganization();
        String afterId = CursorCodec.decode(page.cursor());
        Set<String> shadowed = roles.shadowedSystemNames(organizationId);
        // The system roles' fixed ids sort before every UUIDv7, so one id order spans both kinds.
        List<RoleView> items = new ArrayList<>();
        for (String id : SYSTEM_IDS) {
            String name = SystemRoleIds.NAMES_BY_ID.get(id);
            if ((afterId == null || id.compareTo(afterId) > 0) && !shadowed.contains(name)) {
                items.add(systemView(id));
            }
        }
        roles.page(organizationId, afterId, page.limit()).forEach(role -> items.add(view(role)));
        boolean more = items.size() > page.limit();
        List<RoleView> data = items.subList(0, Math.min(items.size(), page.limit()));
        return new Page<>(data, more ? CursorCodec.encode(data.getLast().id()) : null);
    }

    @Override
    @Transactional
    public RoleView get(String id) {
        String organizationId = callers.require().requireOrganization();
        if (SystemRoleIds.isSystem(id)) {
            return systemView(id.toLowerCase(Locale.ROOT));
        }
        return view(find(organizationId, id));
    }

    @Override
    @Transactional
    public RoleView create(CreateRoleRequest request) {
        Caller caller = callers.require();
        String organizationId = caller.requireOrganization();
        String name = FieldChecks.requiredText("name", request.name(), 64);
        if (SystemRoles.SUPER_ADMIN.equalsIgnoreCase(name)) {
            throw new UnprocessableException("name", "'Super Admin' is reserved for the platform");
        }
        if (SystemRoles.ADMIN.equalsIgnoreCase(name)) {
            throw new UnprocessableException("name", "'Admin' cannot be shadowed: it always holds every permission");
        }
        Optional<Set<String>> shadowedPermissions = resolver.systemPermissions(name);
        if (shadowedPermissions.isPresent()) {
            name = SystemRoles.NAMES.stream().filter(name::equalsIgnoreCase).findFirst().orElseThrow();
        }
        String description = FieldChecks.optionalText("description", request.description(), MAX_DESCRIPTION);
        Set<String> permissions = permissions(request.permissions(), true);

        Set<String> affected = new TreeSet<>(permissions);
        shadowedPermissions.ifPresent(affected::addAll);
        requireHeld(caller, affected, shadowedPermissions.isPresent()
                ? "Shadowing '" + name + "' with these permissions" : "Creating a role with these permissions");
        if (roles.findByName(organizationId, name).isPresent()) {
            throw new ConflictException("The organization already has a role named '" + name + "'");
        }
        RoleEntity role = new RoleEntity(Ids.newId(), organizationId, name, description, permissions, time.now());
        roles.add(role);
        return view(role);
    }

    @Override
    @Transactional
    public RoleView update(String id, UpdateRoleRequest request) {
        Caller caller = callers.require();
        String organizationId = caller.requireOrganization();
        refuseSystem(id);
        RoleEntity role = find(organizationId, id);
        String description = request.description() == null ? null
                : FieldChecks.optionalText("description", request.description(), MAX_DESCRIPTION);
        Set<String> permissions = request.permissions() == null ? null : permissions(request.permissions(), false);

        Set<String> affected = new TreeSet<>(role.permissions());
        if (permissions != null) {
            affected.addAll(permissions);
        }
        requireHeld(caller, affected, "Changing the role '" + role.name() + "'");
        if (request.description() != null) {
            role.describe(description, time.now());
        }
        if (permissions != null) {
            role.grantExactly(permissions, time.now());
        }
        return view(role);
    }

    @Override
    @Transactional
    public void delete(String id) {
        Caller caller = callers.require();
        String organizationId = caller.requireOrganization();
        refuseSystem(id);
        // Serialized with role assignments (which take the same lock), so no member gets the role as it goes.
        if (!Ids.isWellFormed(id) || !memberships.lockOrganization(organizationId)) {
            throw notFound(id);
        }
        RoleEntity role = find(organizationId, id);
        Optional<Set<String>> fallback = resolver.systemPermissions(role.name());
        Set<String> affected = new TreeSet<>(role.permissions());
        fallback.ifPresent(affected::addAll);
        requireHeld(caller, affected, "Deleting the role '" + role.name() + "'");
        if (fallback.isEmpty()) {
            JpaRoleStore.RoleHolders holders = roles.countHolders(organizationId, role.name(), time.now());
            if (holders.total() > 0) {
                throw new ConflictException("The role '" + role.name() + "' is held by " + holders.members()
                        + " member(s), " + holders.apiKeys() + " API key(s) and " + holders.pendingInvitations()
                        + " pending invitation(s): give them another role first");
            }
        }
        roles.remove(role);
    }

    private RoleEntity find(String organizationId, String id) {
        if (!Ids.isWellFormed(id)) {
            throw notFound(id);
        }
        return roles.find(organizationId, id.toLowerCase(Locale.ROOT)).orElseThrow(() -> notFound(id));
    }

    private static void refuseSystem(String id) {
        if (SystemRoleIds.isSystem(id)) {
            throw new AccessDeniedException("System roles are read-only; create an organization role of the same name "
                    + "to shadow Member or Viewer");
        }
    }

    private static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("No role " + id + " in this organization");
    }

    private static void requireHeld(Caller caller, Set<String> needed, String what) {
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(caller.permissions());
        if (!missing.isEmpty()) {
            throw new AccessDeniedException(what + " needs permissions you do not hold: " + String.join(", ", missing),
                    missing);
        }
    }

    private Set<String> permissions(List<String> requested, boolean required) {
        if (requested == null) {
            if (required) {
                throw InvalidRequestException.field("permissions", "is required (an empty list grants nothing)");
            }
            return null;
        }
        Set<String> permissions = new LinkedHashSet<>();
        Set<String> unknown = new TreeSet<>();
        for (String permission : requested) {
            if (permission == null) {
                throw InvalidRequestException.field("permissions", "must be a list of permission names");
            }
            if (catalog.contains(permission)) {
                permissions.add(permission);
            } else {
                unknown.add(permission.length() > 100 ? permission.substring(0, 100) + "…" : permission);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnprocessableException("permissions", "not in the permission catalog: "
                    + String.join(", ", unknown));
        }
        return permissions;
    }

    private RoleView systemView(String id) {
        String name = SystemRoleIds.NAMES_BY_ID.get(id);
        return new RoleView(id, name, SYSTEM_DESCRIPTIONS.get(name),
                catalog.inCatalogOrder(resolver.systemPermissions(name).orElseThrow()), true, false);
    }

    private RoleView view(RoleEntity role) {
        return new RoleView(role.id(), role.name(), role.description(), catalog.inCatalogOrder(role.permissions()),
                false, resolver.systemPermissions(role.name()).isPresent());
    }
}
