package io.orgkit.impl.identity;

import java.util.Optional;

import io.orgkit.impl.kernel.JpaUserStore;
import io.orgkit.impl.kernel.PendingInvitations;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.security.InvalidCredentialsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Finds the user an identity stands for, linking or creating it on first sight: linked by (issuer, subject) once
 * seen; on first sight linked to the user with the verified email; else created, without a password and without
 * any membership, when {@code org.identity.create-users=true} or an invitation is waiting for that email.
 */
@ApplicationScoped
public class IdentityUsers {
    private JpaIdentityLinkStore links;
    private JpaUserStore users;
    private PendingInvitations invitations;
    private IdentitySettings settings;
    private SystemTime time;

    /**
     * For the container's client proxy.
     */
    protected IdentityUsers() {
    }

    @Inject
    public IdentityUsers(JpaIdentityLinkStore links, JpaUserStore users, PendingInvitations invitations,
                         IdentitySettings settings, SystemTime time) {
        this.links = links;
        this.users = users;
        this.invitations = invitations;
        this.settings = settings;
        this.time = time;
    }

    /**
     * @param identity a verified identity
     * @return its user, if it was linked before
     */
    public Optional<UserEntity> linked(VerifiedIdentity identity) {
        return links.findUserId(identity.issuer(), identity.subject()).flatMap(users::findById);
    }

    /**
     * Links the identity to its user on first sight, creating the user where allowed. Concurrent first requests of
     * one identity may both try: the loser's transaction fails on the unique keys, and its caller reads the winner's
     * link.
     *
     * @param identity a verified identity seen for the first time
     * @return its user
     * @throws InvalidCredentialsException if no user has the email and none may be created
     */
    @Transactional
    public UserEntity link(VerifiedIdentity identity) {
        UserEntity user = users.findByEmail(identity.email()).orElse(null);
        if (user == null) {
            if (!settings.createUsers() && !invitations.existFor(identity.email(), time.now())) {
                throw new InvalidCredentialsException("No user of this server has the email " + identity.email()
                        + ": an organization must invite it first");
            }
            user = new UserEntity(Ids.newId(), identity.email(), displayName(identity), null, false, time.now());
            users.add(user);
        }
        links.add(Ids.newId(), identity.issuer(), identity.subject(), user.id(), time.now());
        return user;
    }

    private static String displayName(VerifiedIdentity identity) {
        String name = identity.name() == null ? "" : identity.name().strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > 100
                || name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return identity.email().substring(0, identity.email().indexOf('@'));
        }
        return name;
    }
}
