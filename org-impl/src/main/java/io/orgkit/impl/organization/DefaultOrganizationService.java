package io.orgkit.impl.organization;

import java.util.LinkedHashMap;
import java.util.Map;

import io.orgkit.api.audit.AuditActions;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.GoneException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.PreconditionFailedException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.organization.CreateOrganizationRequest;
import io.orgkit.api.organization.FoundOrganizationRequest;
import io.orgkit.api.organization.OrganizationFields;
import io.orgkit.api.organization.OrganizationRevision;
import io.orgkit.api.organization.OrganizationService;
import io.orgkit.api.organization.OrganizationView;
import io.orgkit.api.organization.PermissionMapView;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.permission.PermissionCatalog;
import io.orgkit.api.permission.PermissionDefinition;
import io.orgkit.api.permission.SystemRole;
import io.orgkit.api.scope.Actor;
import io.orgkit.api.scope.OrganizationScope;
import io.orgkit.impl.json.MergePatches;
import io.orgkit.impl.kernel.EffectiveRoles;
import io.orgkit.impl.kernel.AuditChanges;
import io.orgkit.impl.kernel.AuditTrail;
import io.orgkit.impl.kernel.Invitations;
import io.orgkit.impl.kernel.JpaMembershipStore;
import io.orgkit.impl.kernel.JpaOrganizationStore;
import io.orgkit.impl.kernel.MembershipEntity;
import io.orgkit.impl.kernel.OrganizationEntity;
import io.orgkit.impl.kernel.OrganizationSlugs;
import io.orgkit.impl.persistence.DatabaseConflicts;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.Keyset;
import io.orgkit.impl.persistence.ReadWithoutTransaction;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.validation.RecordValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;

/**
 * Organizations: one organization on the scope it is given, and the Super Admin console's platform-wide operations.
 */
@ApplicationScoped
// Validates the constraints its interface declares on every call: the container's method validation (Bean
// Validation's CDI integration) looks for this class-level marker to find classes whose contract is constrained.
@ValidateOnExecution
public class DefaultOrganizationService implements OrganizationService {
    private static final int FILTER_MAX = 100;
    private static final String SLUG_CONSTRAINT = "uq_orgkit_organization_slug";

    private JpaOrganizationStore organizations;
    private EffectiveRoles roles;
    private PermissionCatalog catalog;
    private Invitations invitations;
    private RecordValidator validator;
    private SystemTime time;
    private AuditTrail audit;
    private OrganizationSettings settings;
    private JpaMembershipStore memberships;

    /**
     * For the container's client proxy.
     */
    protected DefaultOrganizationService() {
    }

    @Inject
    public DefaultOrganizationService(JpaOrganizationStore organizations, EffectiveRoles roles,
                                      PermissionCatalog catalog, Invitations invitations, RecordValidator validator,
                                      SystemTime time, OrganizationSettings settings,
                                      JpaMembershipStore memberships, AuditTrail audit) {
        this.settings = settings;
        this.memberships = memberships;
        this.audit = audit;
        this.organizations = organizations;
        this.roles = roles;
        this.catalog = catalog;
        this.invitations = invitations;
        this.validator = validator;
        this.time = time;
        this.audit = audit;
    }

    @Override
    @ReadWithoutTransaction
    public OrganizationRevision get(OrganizationScope scope) {
        // Read once per request: the statement that established the scope (authentication, the console's) read it.
        OrganizationEntity organization = organizations.findForRead(scope.organizationId())
                .filter(found -> !found.deleted())
                .orElseThrow(() -> new ResourceNotFoundException("The organization no longer exists"));
        return OrganizationMapper.revision(organization, readsPrivate(scope));
    }

    @Override
    @Transactional
    public OrganizationRevision update(OrganizationScope scope, JsonObject patch, String ifMatch) {
        OrganizationEntity organization = find(scope);
        // The whole patch is checked before anything changes: a refused field leaves every other field unchanged too.
        OrganizationFields fields = validator.check(MergePatches.apply(organization.fields(), patch,
                OrganizationFields.class));
        checkPrecondition(organization, ifMatch);
        OrganizationFields before = organization.fields();
        if (patch.containsKey("memberLimit") && !scope.actor().superAdmin()) {
            throw new AccessDeniedException("Only a Super Admin may set the member limit");
        }
        if (!fields.slug().equals(organization.slug()) && organizations.slugTaken(fields.slug())) {
            throw slugTaken(fields.slug());
        }
        if (organization.apply(fields, time.now())) {
            audit.record(scope, AuditActions.ORGANIZATION_UPDATED, target(organization),
                    changes(before, organization.fields()));
            try {
                // The version check of the UPDATE happens here: a concurrent writer that got there first makes this
                // one fail with a conflict instead of overwriting its change.
                organizations.flush();
            } catch (PersistenceException e) {
                throw DatabaseConflicts.translate(e, Map.of(SLUG_CONSTRAINT, () -> slugTaken(fields.slug())), null);
            }
        }
        return OrganizationMapper.revision(organization, readsPrivate(scope));
    }

    @Override
    @ReadWithoutTransaction
    public PermissionMapView permissions(OrganizationScope scope) {
        String role = scope.role();
        String source = role == null ? null : roles.sourceOf(scope.organizationId(), role);
        Map<String, Boolean> permissions = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (PermissionDefinition permission : catalog.all()) {
            boolean holds = scope.holds(permission.name());
            permissions.put(permission.name(), holds);
            if (holds && source != null) {
                sources.put(permission.name(), source);
            }
        }
        return new PermissionMapView(role, permissions, sources);
    }

    @Override
    @ReadWithoutTransaction
    public Page<OrganizationView> list(Actor actor, String nameContains, boolean deleted, PageRequest page) {
        requireSuperAdmin(actor);
        String filter = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
        if (filter != null && filter.codePointCount(0, filter.length()) > FILTER_MAX) {
            throw InvalidRequestException.field("q", "must be at most " + FILTER_MAX + " characters");
        }
        return Keyset.page(organizations.page(filter, deleted, Keyset.after(page), page.limit()), page.limit(),
                OrganizationMapper::consoleView, OrganizationView::id);
    }

    @Override
    @Transactional
    public OrganizationRevision create(Actor actor, CreateOrganizationRequest request) {
        requireSuperAdmin(actor);
        OrganizationEntity organization = addNew(Ids.newId(), request, null);
        audit.record(actor, organization.id(), AuditActions.ORGANIZATION_CREATED, target(organization),
                changes(null, organization.fields()));
        if (request.adminEmail() != null) {
            invitations.invite(organization.id(), request.adminEmail().strip(), SystemRole.ADMIN.roleName(), actor);
        }
        return OrganizationMapper.revision(organization, true);
    }

    @Override
    @Transactional
    public OrganizationRevision found(Actor user, FoundOrganizationRequest request) {
        if (!settings.founding()) {
            throw new AccessDeniedException("Founding organizations is turned off on this server");
        }
        if (!user.isSession() || user.userId() == null) {
            throw new AccessDeniedException("Only a user's session may found an organization");
        }
        long founded = organizations.lockAndCountFoundedBy(user.userId());
        if (founded >= settings.maxFoundedPerUser()) {
            throw new ConflictException("You have founded " + founded + " organizations, the most one user may ("
                    + settings.maxFoundedPerUser() + ")");
        }
        String id = Ids.newId();
        OrganizationEntity organization = addNew(id, request, user.userId());
        memberships.add(new MembershipEntity(Ids.newId(), id, user.userId(), SystemRole.ADMIN.roleName(), time.now()));
        audit.record(user, organization.id(), AuditActions.ORGANIZATION_FOUNDED, target(organization),
                changes(null, organization.fields()));
        return OrganizationMapper.revision(organization, true);
    }

    @Override
    @ReadWithoutTransaction
    public OrganizationRevision findBySlug(Actor actor, String slug) {
        requireSuperAdmin(actor);
        return OrganizationMapper.revision(organizations.findBySlug(slug).filter(organization -> !organization.deleted())
                .orElseThrow(() -> new ResourceNotFoundException("No organization has this slug")), true);
    }

    @Override
    @Transactional
    public void delete(OrganizationScope scope, String ifMatch) {
        requireSuperAdmin(scope.actor());
        OrganizationEntity organization = find(scope);
        checkPrecondition(organization, ifMatch);
        audit.record(scope, AuditActions.ORGANIZATION_DELETED, target(organization),
                changes(organization.fields(), null));
        organization.markDeleted(time.now());
        flushOrConflict();
    }

    @Override
    @Transactional
    public OrganizationRevision suspend(OrganizationScope scope) {
        requireSuperAdmin(scope.actor());
        OrganizationEntity organization = find(scope);
        if (organization.suspend(time.now())) {
            audit.record(scope, AuditActions.ORGANIZATION_SUSPENDED, target(organization),
                    AuditChanges.of("suspended", false, true));
            flushOrConflict();
        }
        return OrganizationMapper.revision(organization, true);
    }

    @Override
    @Transactional
    public OrganizationRevision resume(OrganizationScope scope) {
        requireSuperAdmin(scope.actor());
        OrganizationEntity organization = find(scope);
        if (organization.resume()) {
            audit.record(scope, AuditActions.ORGANIZATION_RESUMED, target(organization),
                    AuditChanges.of("suspended", true, false));
            flushOrConflict();
        }
        return OrganizationMapper.revision(organization, true);
    }

    @Override
    @Transactional
    public OrganizationRevision restore(Actor actor, String organizationId) {
        requireSuperAdmin(actor);
        OrganizationEntity organization = Ids.parse(organizationId).flatMap(organizations::findById)
                .orElseThrow(() -> new ResourceNotFoundException("No organization " + organizationId));
        if (!organization.deleted()) {
            throw new ConflictException("The organization is not deleted");
        }
        if (!time.now().isBefore(organization.deletedAt().plus(settings.restoreWindow()))) {
            throw new GoneException("The organization's restore window has passed; it is about to be deleted for good");
        }
        organization.restore();
        audit.record(actor, organization.id(), AuditActions.ORGANIZATION_RESTORED, target(organization),
                AuditChanges.of("deleted", true, false));
        flushOrConflict();
        return OrganizationMapper.revision(organization, true);
    }

    // A new organization from a create or found request: the slug derived from the name unless given (a given one must
    // be free), the fields validated, the row added (a slug taken meanwhile is the same conflict).
    private OrganizationEntity addNew(String id, Record request, String foundedBy) {
        OrganizationFields requested = MergePatches.takeOver(OrganizationFields.defaults(), request,
                OrganizationFields.class);
        if (requested.slug() == null && requested.name() != null) {
            requested = requested.withSlug(OrganizationSlugs.derive(requested.name().strip(), id,
                    organizations::slugTaken));
        } else if (requested.slug() != null && organizations.slugTaken(requested.slug())) {
            throw slugTaken(requested.slug());
        }
        OrganizationFields fields = validator.check(requested);
        OrganizationEntity organization = new OrganizationEntity(id, fields, time.now());
        if (foundedBy != null) {
            organization.foundedBy(foundedBy);
        }
        try {
            organizations.add(organization);
        } catch (PersistenceException e) {
            throw DatabaseConflicts.translate(e, Map.of(SLUG_CONSTRAINT, () -> slugTaken(fields.slug())), null);
        }
        return organization;
    }

    private void flushOrConflict() {
        try {
            organizations.flush();
        } catch (PersistenceException e) {
            throw DatabaseConflicts.translate(e, Map.of(), null);
        }
    }

    private static AuditTarget target(OrganizationEntity organization) {
        return new AuditTarget("organization", organization.id(), organization.name());
    }

    private static AuditChanges changes(OrganizationFields before, OrganizationFields after) {
        return AuditChanges.of("name", before == null ? null : before.name(), after == null ? null : after.name())
                .and("logo", before == null ? null : before.logo(), after == null ? null : after.logo())
                .and("timezone", before == null ? null : before.timezone(), after == null ? null : after.timezone())
                .and("slug", before == null ? null : before.slug(), after == null ? null : after.slug())
                .and("memberLimit", before == null ? null : before.memberLimit(), after == null ? null : after.memberLimit());
    }

    private OrganizationEntity find(OrganizationScope scope) {
        return organizations.findById(scope.organizationId()).filter(organization -> !organization.deleted())
                .orElseThrow(() -> new ResourceNotFoundException("The organization no longer exists"));
    }

    // Private metadata is for the organization's Admins (a member's or a key's role) and the Super Admin.
    private static boolean readsPrivate(OrganizationScope scope) {
        return scope.actor().superAdmin() || SystemRole.ADMIN.roleName().equals(scope.role());
    }

    private static ConflictException slugTaken(String slug) {
        return new ConflictException("The slug '" + slug + "' belongs to another organization");
    }

    private static void requireSuperAdmin(Actor actor) {
        if (!actor.superAdmin()) {
            throw new AccessDeniedException("Only a Super Admin may do this");
        }
    }

    private static void checkPrecondition(OrganizationEntity organization, String ifMatch) {
        String current = OrganizationMapper.revision(organization, false).etag();
        if (!EntityTags.matches(ifMatch, current)) {
            throw new PreconditionFailedException("If-Match does not match the organization's current ETag "
                    + current + ": read it again and re-apply the change");
        }
    }
}
