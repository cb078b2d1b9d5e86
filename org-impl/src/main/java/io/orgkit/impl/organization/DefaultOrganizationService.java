package io.orgkit.impl.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.orgkit.api.error.PreconditionFailedException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.organization.CreateOrganizationRequest;
import io.orgkit.api.organization.OrganizationRevision;
import io.orgkit.api.organization.OrganizationService;
import io.orgkit.api.organization.OrganizationView;
import io.orgkit.api.organization.PermissionMapView;
import io.orgkit.api.organization.UpdateOrganizationRequest;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.permission.PermissionCatalog;
import io.orgkit.api.permission.PermissionDefinition;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.impl.invitation.InvitationIssuer;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.ReadOnly;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.role.JpaRoleStore;
import io.orgkit.impl.role.RoleEntity;
import io.orgkit.impl.role.RoleResolver;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CallerContext;
import io.orgkit.impl.web.CursorCodec;
import io.orgkit.impl.web.FieldChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Organizations: the caller's own, and every one for the Super Admin console.
 */
@ApplicationScoped
public class DefaultOrganizationService implements OrganizationService {
    private static final int FILTER_MAX = 100;

    private final JpaOrganizationStore organizations;
    private final JpaRoleStore orgRoles;
    private final RoleResolver roles;
    private final PermissionCatalog catalog;
    private final InvitationIssuer invitations;
    private final CallerContext callers;
    private final SystemTime time;

    @Inject
    public DefaultOrganizationService(JpaOrganizationStore organizations, JpaRoleStore orgRoles, RoleResolver roles,
                                      PermissionCatalog catalog, InvitationIssuer invitations, CallerContext callers,
                                      SystemTime time) {
        this.organizations = organizations;
        this.orgRoles = orgRoles;
        this.roles = roles;
        this.catalog = catalog;
        this.invitations = invitations;
        this.callers = callers;
        this.time = time;
    }

    @Override
    @ReadOnly
    public OrganizationRevision current() {
        return revision(currentEntity());
    }

    @Override
    @Transactional
    public OrganizationRevision updateCurrent(UpdateOrganizationRequest patch, String ifMatch) {
        return apply(currentEntity(), patch, ifMatch);
    }

    @Override
    @Transactional
    public PermissionMapView currentPermissions() {
        Caller caller = callers.require();
        String organizationId = caller.requireOrganization();
        String role = caller.role();
        Set<String> granted = roles.permissionsOf(organizationId, role);
        String source = sourceOf(organizationId, role);
        Map<String, Boolean> permissions = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (PermissionDefinition permission : catalog.all()) {
            boolean holds = granted.contains(permission.name());
            permissions.put(permission.name(), holds);
            if (holds) {
                sources.put(permission.name(), source);
            }
        }
        return new PermissionMapView(role, permissions, sources);
    }

    @Override
    @ReadOnly
    public Page<OrganizationView> list(String nameContains, PageRequest page) {
        String filter = FieldChecks.optionalText("q", nameContains, FILTER_MAX);
        List<OrganizationEntity> rows = organizations.page(filter, CursorCodec.decode(page.cursor()), page.limit());
        boolean more = rows.size() > page.limit();
        List<OrganizationView> data = rows.stream().limit(page.limit()).map(DefaultOrganizationService::view).toList();
        return new Page<>(data, more ? CursorCodec.encode(data.getLast().id()) : null);
    }

    @Override
    @Transactional
    public OrganizationRevision create(CreateOrganizationRequest request) {
        // Every field is checked before anything is written, so a bad adminEmail leaves no organization behind.
        String name = OrganizationFields.name(request.name());
        String timezone = request.timezone() == null
                ? OrganizationFields.DEFAULT_TIMEZONE : OrganizationFields.timezone(request.timezone());
        String logo = OrganizationFields.logo(request.logo());
        String adminEmail = request.adminEmail() == null ? null : FieldChecks.email("adminEmail", request.adminEmail());
        Caller caller = callers.require();
        OrganizationEntity organization = new OrganizationEntity(Ids.newId(), name, logo, timezone, time.now());
        organizations.add(organization);
        // The invitation's foreign key needs the organization's row first.
        organizations.flush();
        if (adminEmail != null) {
            invitations.issue(organization.id(), adminEmail, SystemRoles.ADMIN, caller.userId(), caller.displayName());
        }
        return revision(organization);
    }

    @Override
    @ReadOnly
    public OrganizationRevision get(String id) {
        return revision(byId(id));
    }

    @Override
    @Transactional
    public OrganizationRevision update(String id, UpdateOrganizationRequest patch, String ifMatch) {
        return apply(byId(id), patch, ifMatch);
    }

    @Override
    @Transactional
    public void delete(String id, String ifMatch) {
        OrganizationEntity organization = byId(id);
        checkPrecondition(organization, ifMatch);
        organizations.remove(organization);
    }

    private OrganizationRevision apply(OrganizationEntity organization, UpdateOrganizationRequest patch,
                                       String ifMatch) {
        // Validate the whole patch first: a refused field leaves every other field unchanged too.
        String name = patch.name() == null ? null : OrganizationFields.name(patch.name());
        String timezone = patch.timezone() == null ? null : OrganizationFields.timezone(patch.timezone());
        String logo = patch.logoPresent() ? OrganizationFields.logo(patch.logo()) : null;
        checkPrecondition(organization, ifMatch);
        var now = time.now();
        if (name != null && !name.equals(organization.name())) {
            organization.rename(name, now);
        }
        if (timezone != null && !timezone.equals(organization.timezone())) {
            organization.changeTimezone(timezone, now);
        }
        if (patch.logoPresent() && !java.util.Objects.equals(logo, organization.logo())) {
            organization.changeLogo(logo, now);
        }
        // The version check of the UPDATE happens here: a concurrent writer that got there first makes this one fail
        // with an optimistic-lock conflict instead of overwriting its change.
        organizations.flush();
        return revision(organization);
    }

    private static void checkPrecondition(OrganizationEntity organization, String ifMatch) {
        if (!EntityTags.matches(ifMatch, revision(organization).etag())) {
            throw new PreconditionFailedException("If-Match does not match the organization's current ETag "
                    + revision(organization).etag() + ": read it again and re-apply the change");
        }
    }

    private OrganizationEntity currentEntity() {
        String organizationId = callers.require().requireOrganization();
        return organizations.findById(organizationId)
                .orElseThrow(() -> new ResourceNotFoundException("The active organization no longer exists"));
    }

    private OrganizationEntity byId(String id) {
        Optional<OrganizationEntity> found = Ids.isWellFormed(id)
                ? organizations.findById(id.toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
        return found.orElseThrow(() -> new ResourceNotFoundException("No organization " + id));
    }

    private String sourceOf(String organizationId, String role) {
        if (role == null) {
            return null;
        }
        if (SystemRoles.ADMIN.equalsIgnoreCase(role)) {
            return "system:" + SystemRoles.ADMIN;
        }
        Optional<RoleEntity> own = orgRoles.findByName(organizationId, role);
        return own.map(entity -> "org:" + entity.name()).orElse("system:" + role);
    }

    private static OrganizationRevision revision(OrganizationEntity organization) {
        return new OrganizationRevision(view(organization), organization.version());
    }

    private static OrganizationView view(OrganizationEntity organization) {
        return new OrganizationView(organization.id(), organization.name(), organization.logo(),
                organization.timezone(), organization.createdAt(), organization.updatedAt());
    }
}
