package io.orgkit.impl.member;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.member.MemberFilter;
import io.orgkit.api.member.MemberService;
import io.orgkit.api.member.MemberView;
import io.orgkit.api.member.UpdateMemberRequest;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.impl.auth.JpaSessionStore;
import io.orgkit.impl.member.JpaMembershipStore.MemberRow;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.ReadOnly;
import io.orgkit.impl.role.RoleResolver;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CallerContext;
import io.orgkit.impl.web.CursorCodec;
import io.orgkit.impl.web.FieldChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Members of the caller's organization. Changes take the organization's row lock first, so that the last-Admin check
 * and the change it guards are one step for every node: two Admins demoting each other at once leave one Admin.
 */
@ApplicationScoped
public class DefaultMemberService implements MemberService {
    private final JpaMembershipStore memberships;
    private final JpaSessionStore sessions;
    private final RoleResolver roles;
    private final CallerContext callers;

    @Inject
    public DefaultMemberService(JpaMembershipStore memberships, JpaSessionStore sessions, RoleResolver roles,
                                CallerContext callers) {
        this.memberships = memberships;
        this.sessions = sessions;
        this.roles = roles;
        this.callers = callers;
    }

    @Override
    @ReadOnly
    public Page<MemberView> list(MemberFilter filter, PageRequest page) {
        String organizationId = callers.require().requireOrganization();
        String afterId = CursorCodec.decode(page.cursor());
        String text = FieldChecks.optionalText("q", filter.query(), 254);
        String roleName = null;
        String requestedRole = FieldChecks.optionalText("role", filter.role(), 64);
        if (requestedRole != null) {
            Optional<String> canonical = roles.canonicalName(organizationId, requestedRole);
            if (canonical.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            roleName = canonical.get();
        }
        List<MemberRow> rows = memberships.page(organizationId, roleName,
                text == null ? null : text.toLowerCase(Locale.ROOT), afterId, page.limit());
        boolean more = rows.size() > page.limit();
        List<MemberView> data = rows.stream().limit(page.limit()).map(DefaultMemberService::view).toList();
        return new Page<>(data, more ? CursorCodec.encode(data.getLast().id()) : null);
    }

    @Override
    @Transactional
    public MemberView update(String memberId, UpdateMemberRequest request) {
        Caller caller = callers.require();
        String organizationId = caller.requireOrganization();
        String requestedRole = FieldChecks.requiredText("role", request.role(), 64);
        MemberRow row = lockAndFind(organizationId, memberId);
        MembershipEntity member = row.membership();
        String newRole = roles.canonicalName(organizationId, requestedRole)
                .orElseThrow(() -> new UnprocessableException("role", "no such role in this organization"));

        Set<String> missing = new TreeSet<>(roles.permissionsOf(organizationId, newRole));
        missing.addAll(roles.permissionsOf(organizationId, member.roleName()));
        missing.removeAll(caller.permissions());
        if (!missing.isEmpty()) {
            throw new AccessDeniedException("Changing this member from '" + member.roleName() + "' to '" + newRole
                    + "' needs permissions you do not hold: " + String.join(", ", missing), missing);
        }
        if (isAdmin(member.roleName()) && !isAdmin(newRole) && memberships.countAdmins(organizationId) <= 1) {
            throw new ConflictException("This member is the organization's last Admin: make another member Admin first");
        }
        member.changeRole(newRole);
        return view(row);
    }

    @Override
    @Transactional
    public void remove(String memberId) {
        Caller caller = callers.require();
        String organizationId = caller.requireOrganization();
        MembershipEntity member = lockAndFind(organizationId, memberId).membership();

        Set<String> missing = new TreeSet<>(roles.permissionsOf(organizationId, member.roleName()));
        missing.removeAll(caller.permissions());
        if (!missing.isEmpty()) {
            throw new AccessDeniedException("Removing a member holding '" + member.roleName()
                    + "' needs permissions you do not hold: " + String.join(", ", missing), missing);
        }
        if (isAdmin(member.roleName()) && memberships.countAdmins(organizationId) <= 1) {
            throw new ConflictException("This member is the organization's last Admin and cannot be removed");
        }
        memberships.remove(member);
        sessions.deactivateOrganization(member.userId(), organizationId);
    }

    private MemberRow lockAndFind(String organizationId, String memberId) {
        if (!Ids.isWellFormed(memberId) || !memberships.lockOrganization(organizationId)) {
            throw notFound(memberId);
        }
        return memberships.findWithUser(organizationId, memberId.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> notFound(memberId));
    }

    private static ResourceNotFoundException notFound(String memberId) {
        return new ResourceNotFoundException("No member " + memberId + " in this organization");
    }

    private static boolean isAdmin(String roleName) {
        return SystemRoles.ADMIN.equalsIgnoreCase(roleName);
    }

    private static MemberView view(MemberRow row) {
        MembershipEntity member = row.membership();
        return new MemberView(member.id(), member.userId(), row.user().email(), row.user().name(), member.roleName(),
                member.joinedAt());
    }
}
