package io.orgkit.impl.member;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.orgkit.api.audit.AuditActions;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.member.MemberFilter;
import io.orgkit.api.member.MemberService;
import io.orgkit.api.member.MemberView;
import io.orgkit.api.member.MemberFields;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.permission.SystemRole;
import io.orgkit.api.scope.OrganizationScope;
import io.orgkit.impl.kernel.AuditChanges;
import io.orgkit.impl.kernel.AuditTrail;
import io.orgkit.impl.json.MergePatches;
import io.orgkit.impl.kernel.Authorization;
import io.orgkit.impl.kernel.EffectiveRoles;
import io.orgkit.impl.kernel.JpaMembershipStore.MemberRow;
import io.orgkit.impl.kernel.JpaMembershipStore;
import io.orgkit.impl.kernel.JpaOrganizationStore;
import io.orgkit.impl.kernel.MembershipEnded;
import io.orgkit.impl.kernel.MembershipEntity;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.Keyset;
import io.orgkit.impl.persistence.ReadWithoutTransaction;
import io.orgkit.impl.persistence.RetryOnRace;
import io.orgkit.impl.validation.RecordValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;

/**
 * Members of an organization. Changes take the organization's row lock first, so that the last-Admin check and the
 * change it guards are one step for every node: two Admins demoting each other at once leave one Admin.
 */
@ApplicationScoped
// Validates the constraints its interface declares on every call: the container's method validation (Bean
// Validation's CDI integration) looks for this class-level marker to find classes whose contract is constrained.
@ValidateOnExecution
public class DefaultMemberService implements MemberService {
    private JpaMembershipStore memberships;
    private JpaOrganizationStore organizations;
    private EffectiveRoles roles;
    private Event<MembershipEnded> ended;
    private AuditTrail audit;
    private RecordValidator validator;

    /**
     * For the container's client proxy.
     */
    protected DefaultMemberService() {
    }

    @Inject
    public DefaultMemberService(JpaMembershipStore memberships, JpaOrganizationStore organizations,
                                EffectiveRoles roles, Event<MembershipEnded> ended, AuditTrail audit,
                                RecordValidator validator) {
        this.audit = audit;
        this.validator = validator;
        this.memberships = memberships;
        this.organizations = organizations;
        this.roles = roles;
        this.ended = ended;
        this.audit = audit;
    }

    @Override
    @ReadWithoutTransaction
    public Page<MemberView> list(OrganizationScope scope, MemberFilter filter, PageRequest page) {
        String afterId = Keyset.after(page);
        String roleName = null;
        if (filter.role() != null && !filter.role().isBlank()) {
            Optional<String> canonical = roles.canonicalName(scope.organizationId(), filter.role());
            if (canonical.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            roleName = canonical.get();
        }
        String text = filter.q() == null || filter.q().isBlank() ? null : filter.q().strip();
        return Keyset.page(memberships.page(scope.organizationId(), roleName, text, afterId, page.limit()),
                page.limit(), row -> MemberMapper.view(row, readsPrivate(scope)), MemberView::id);
    }

    @Override
    @ReadWithoutTransaction
    public MemberView get(OrganizationScope scope, String memberId) {
        return Ids.parse(memberId).flatMap(id -> memberships.findWithUser(scope.organizationId(), id))
                .map(row -> MemberMapper.view(row, readsPrivate(scope))).orElseThrow(() -> notFound(memberId));
    }

    @Override
    @RetryOnRace
    @Transactional
    public MemberView update(OrganizationScope scope, String memberId, JsonObject patch) {
        MemberRow row = lockAndFind(scope, memberId);
        MembershipEntity member = row.membership();
        MemberFields current = new MemberFields(member.roleName(), member.publicMetadata(),
                member.privateMetadata());
        MemberFields changed = validator.check(MergePatches.apply(current, patch, MemberFields.class));
        if (patch.containsKey("privateMetadata") && !readsPrivate(scope)) {
            throw new AccessDeniedException("Only the organization's Admins and the Super Admin may change private "
                    + "metadata");
        }
        Set<String> needed = new HashSet<>(roles.permissionsOf(scope.organizationId(), member.roleName()));
        String newRole = member.roleName();
        if (patch.containsKey("role")) {
            newRole = roles.canonicalName(scope.organizationId(), changed.role())
                    .orElseThrow(() -> new UnprocessableException("role", "no such role in this organization"));
            needed.addAll(roles.permissionsOf(scope.organizationId(), newRole));
        }
        Authorization.requireAll(scope, needed, "Changing this member from '" + member.roleName() + "' to '"
                + newRole + "'");
        if (isAdmin(member.roleName()) && !isAdmin(newRole) && memberships.countAdmins(scope.organizationId()) <= 1) {
            throw new ConflictException("This member is the organization's last Admin: make another member Admin first");
        }
        if (!newRole.equals(member.roleName())) {
            audit.record(scope, AuditActions.MEMBER_ROLE_CHANGED, target(row),
                    AuditChanges.of("role", member.roleName(), newRole));
        }
        member.changeRole(newRole);
        member.changeMetadata(changed.publicMetadata(), changed.privateMetadata());
        return MemberMapper.view(row, readsPrivate(scope));
    }

    @Override
    @RetryOnRace
    @Transactional
    public void remove(OrganizationScope scope, String memberId) {
        MemberRow row = lockAndFind(scope, memberId);
        MembershipEntity member = row.membership();
        Authorization.requireAll(scope, roles.permissionsOf(scope.organizationId(), member.roleName()),
                "Removing a member holding '" + member.roleName() + "'");
        if (isAdmin(member.roleName()) && memberships.countAdmins(scope.organizationId()) <= 1) {
            throw new ConflictException("This member is the organization's last Admin and cannot be removed");
        }
        audit.record(scope, AuditActions.MEMBER_REMOVED, target(row),
                AuditChanges.of("userId", member.userId(), null).and("role", member.roleName(), null));
        memberships.remove(member);
        ended.fire(new MembershipEnded(scope.organizationId(), member.userId()));
    }

    private static AuditTarget target(MemberRow row) {
        return new AuditTarget("member", row.membership().id(), row.user().email());
    }

    private MemberRow lockAndFind(OrganizationScope scope, String memberId) {
        Optional<String> id = Ids.parse(memberId);
        if (id.isEmpty() || !organizations.lock(scope.organizationId())) {
            throw notFound(memberId);
        }
        return memberships.findWithUser(scope.organizationId(), id.get()).orElseThrow(() -> notFound(memberId));
    }

    private static ResourceNotFoundException notFound(String memberId) {
        return new ResourceNotFoundException("No member " + memberId + " in this organization");
    }

    // Private metadata is for the organization's Admins (a member's or a key's role) and the Super Admin.
    private static boolean readsPrivate(OrganizationScope scope) {
        return scope.actor().superAdmin() || isAdmin(scope.role());
    }

    private static boolean isAdmin(String roleName) {
        return SystemRole.ADMIN.roleName().equals(roleName);
    }
}
