package io.orgkit.impl.account;

import io.orgkit.api.account.AccountOrganization;
import io.orgkit.api.account.AccountService;
import io.orgkit.api.account.ChangePasswordRequest;
import io.orgkit.api.account.UpdateProfileRequest;
import io.orgkit.api.auth.UserView;
import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.page.Page;
import io.orgkit.api.permission.SystemRole;
import io.orgkit.api.scope.Actor;
import io.orgkit.impl.kernel.JpaMembershipStore;
import io.orgkit.impl.kernel.JpaOrganizationStore;
import io.orgkit.impl.kernel.JpaUserStore;
import io.orgkit.impl.kernel.MembershipEnded;
import io.orgkit.impl.kernel.MembershipEntity;
import io.orgkit.impl.kernel.PasswordPolicy;
import io.orgkit.impl.kernel.UserAccounts;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.ReadWithoutTransaction;
import io.orgkit.impl.secret.PasswordHasher;
import io.orgkit.impl.throttle.FailureThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;

/**
 * The signed-in user's own account. Leaving an organization takes the organization's row lock first, as every member
 * change does, so the last-Admin check and the leaving are one step for every node.
 */
@ApplicationScoped
// Validates the constraints its interface declares on every call: the container's method validation (Bean
// Validation's CDI integration) looks for this class-level marker to find classes whose contract is constrained.
@ValidateOnExecution
public class DefaultAccountService implements AccountService {
    private JpaUserStore users;
    private JpaMembershipStore memberships;
    private JpaOrganizationStore organizations;
    private PasswordHasher hasher;
    private PasswordChanges changes;
    private FailureThrottle throttle;
    private AccountSettings settings;
    private PasswordPolicy passwords;
    private Event<MembershipEnded> ended;

    /**
     * For the container's client proxy.
     */
    protected DefaultAccountService() {
    }

    @Inject
    public DefaultAccountService(JpaUserStore users, JpaMembershipStore memberships,
                                 JpaOrganizationStore organizations, PasswordHasher hasher, PasswordChanges changes,
                                 FailureThrottle throttle, AccountSettings settings, PasswordPolicy passwords, Event<MembershipEnded> ended) {
        this.users = users;
        this.memberships = memberships;
        this.organizations = organizations;
        this.hasher = hasher;
        this.changes = changes;
        this.throttle = throttle;
        this.settings = settings;
        this.passwords = passwords;
        this.ended = ended;
    }

    @Override
    @ReadWithoutTransaction
    public UserView profile(Actor user) {
        return UserAccounts.view(user(user));
    }

    @Override
    @Transactional
    public UserView updateProfile(Actor user, UpdateProfileRequest request) {
        UserEntity entity = user(user);
        entity.rename(request.name().strip());
        return UserAccounts.view(entity);
    }

    // Outside a transaction: Argon2 runs twice (the current password, the new one) holding no pooled connection.
    @Override
    @ReadWithoutTransaction
    public void changePassword(Actor user, ChangePasswordRequest request) {
        UserEntity entity = user(user);
        passwords.requireEnabled();
        // Counted before the check, as logins are: a stolen session must not become a password oracle.
        String key = "password-change:" + entity.id();
        throttle.reserve(key, settings.passwordChangeMaxFailures(), settings.passwordChangeFailureWindow(),
                "Too many wrong current passwords; try again later");
        if (entity.passwordHash() == null || !hasher.verify(request.currentPassword(), entity.passwordHash())) {
            throw new AccessDeniedException("The current password is wrong");
        }
        throttle.clear(key);
        changes.change(entity.id(), hasher.hash(request.newPassword()), user.isSession() ? user.id() : null);
    }

    @Override
    @ReadWithoutTransaction
    public Page<AccountOrganization> organizations(Actor user, String activeOrganizationId) {
        UserEntity entity = user(user);
        return new Page<>(memberships.findByUser(entity.id()).stream()
                .map(m -> new AccountOrganization(m.organizationId(), m.organizationName(), m.roleName(),
                        m.joinedAt(), m.organizationId().equals(activeOrganizationId)))
                .toList(), null);
    }

    @Override
    @Transactional
    public void leave(Actor user, String organizationId) {
        UserEntity entity = user(user);
        String id = Ids.parse(organizationId).filter(organizations::lock)
                .orElseThrow(() -> notMember(organizationId));
        MembershipEntity membership = memberships.find(id, entity.id()).orElseThrow(() -> notMember(organizationId));
        if (SystemRole.ADMIN.roleName().equals(membership.roleName()) && memberships.countAdmins(id) <= 1) {
            throw new ConflictException("You are this organization's last Admin: make another member Admin first");
        }
        memberships.remove(membership);
        ended.fire(new MembershipEnded(id, entity.id()));
    }

    private UserEntity user(Actor user) {
        if (!user.isUser()) {
            throw new AccessDeniedException("This needs a signed-in user; API keys are not accepted");
        }
        return users.findById(user.userId())
                .orElseThrow(() -> new AuthenticationRequiredException("The user no longer exists"));
    }

    private static ResourceNotFoundException notMember(String organizationId) {
        return new ResourceNotFoundException("You are not a member of organization " + organizationId);
    }
}
