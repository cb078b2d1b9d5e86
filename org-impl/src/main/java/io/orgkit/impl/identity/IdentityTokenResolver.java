package io.orgkit.impl.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.scope.Actor;
import io.orgkit.impl.kernel.EffectiveRoles;
import io.orgkit.impl.kernel.JpaMembershipStore;
import io.orgkit.impl.kernel.JpaOrganizationStore;
import io.orgkit.impl.kernel.OrganizationEntity;
import io.orgkit.impl.kernel.JpaMembershipStore.MembershipWithOrganization;
import io.orgkit.impl.kernel.MembershipEntity;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CredentialKind;
import io.orgkit.impl.security.CredentialResolver;
import io.orgkit.impl.security.Credentials;
import io.orgkit.impl.security.InvalidCredentialsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/**
 * Identity provider tokens to callers. The token proves who the holder is; what the holder may do still comes from
 * the module's memberships and roles, read afresh on every request. The organization acted in is the one named by the
 * {@value Credentials#ORGANIZATION_HEADER} header, else by the configured claim, else the user's oldest membership
 * (as a login chooses); one the user is not a member of is refused with 403.
 */
@ApplicationScoped
public class IdentityTokenResolver implements CredentialResolver {
    private IdentityTokenVerifier verifier;
    private IdentityUsers users;
    private JpaMembershipStore memberships;
    private EffectiveRoles roles;
    private JpaOrganizationStore organizations;

    /**
     * For the container's client proxy.
     */
    protected IdentityTokenResolver() {
    }

    @Inject
    public IdentityTokenResolver(IdentityTokenVerifier verifier, IdentityUsers users, JpaMembershipStore memberships,
                                 EffectiveRoles roles, JpaOrganizationStore organizations) {
        this.organizations = organizations;
        this.verifier = verifier;
        this.users = users;
        this.memberships = memberships;
        this.roles = roles;
    }

    @Override
    public boolean supports(CredentialKind kind) {
        return kind == CredentialKind.IDENTITY_TOKEN;
    }

    @Override
    public Caller resolve(String token, CredentialKind kind) {
        return resolve(new Credentials(token, kind, "GET", false, false, null));
    }

    @Override
    public Caller resolve(Credentials credentials) {
        VerifiedIdentity identity = verifier.verify(credentials.token());
        UserEntity user = users.linked(identity).orElseGet(() -> firstSight(identity));
        Actor actor = new Actor(Actor.Kind.IDENTITY_TOKEN, identity.tokenId(), user.id(), user.email(),
                user.superAdmin());
        String requested = credentials.organization() != null ? credentials.organization() : identity.organization();
        if (requested == null) {
            List<MembershipWithOrganization> mine = memberships.findByUser(user.id());
            if (mine.isEmpty()) {
                return new Caller(actor, null, null, Set.of());
            }
            // Oldest first, as a login chooses.
            return caller(actor, mine.getFirst().organizationId(), mine.getFirst().roleName());
        }
        Optional<MembershipEntity> membership = Ids.parse(requested)
                .flatMap(organizationId -> memberships.find(organizationId, user.id()));
        if (membership.isEmpty()) {
            throw new AccessDeniedException("You are not a member of organization " + requested);
        }
        return caller(actor, membership.get().organizationId(), membership.get().roleName());
    }

    // A deleted organization is as if it were gone; a suspended one refuses the token as it refuses sessions and keys.
    private Caller caller(Actor actor, String organizationId, String roleName) {
        Optional<OrganizationEntity> organization = organizations.findById(organizationId);
        if (organization.isEmpty() || organization.get().deleted()) {
            throw new AccessDeniedException("You are not a member of organization " + organizationId);
        }
        return new Caller(actor, organizationId, roleName, roles.permissionsOf(organizationId, roleName),
                organization.get().suspendedAt() != null);
    }

    private UserEntity firstSight(VerifiedIdentity identity) {
        try {
            return users.link(identity);
        } catch (PersistenceException | io.orgkit.api.error.ConflictException raced) {
            // A concurrent first request of the same identity (or a user created meanwhile) won: read its link.
            return users.linked(identity).orElseGet(() -> {
                try {
                    return users.link(identity);
                } catch (PersistenceException | io.orgkit.api.error.ConflictException again) {
                    throw new InvalidCredentialsException("This identity could not be linked to a user; try again");
                }
            });
        }
    }
}
