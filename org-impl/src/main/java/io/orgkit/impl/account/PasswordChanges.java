package io.orgkit.impl.account;

import io.orgkit.api.audit.AuditActions;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.GoneException;
import io.orgkit.api.scope.Actor;
import io.orgkit.impl.kernel.AuditChanges;
import io.orgkit.impl.kernel.AuditTrail;
import io.orgkit.impl.kernel.JpaUserStore;
import io.orgkit.impl.kernel.Sessions;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Writes a new password and ends the sessions it must end, in one transaction. A bean of its own so that the callers
 * hash the password (Argon2, tens of milliseconds) before, outside any transaction, holding no pooled connection.
 * Each change is audited here, in its transaction, as a platform event (a user belongs to no one organization); the
 * event says how many sessions ended, never anything of the password.
 */
@ApplicationScoped
public class PasswordChanges {
    private JpaUserStore users;
    private JpaPasswordResetStore resets;
    private Sessions sessions;
    private SystemTime time;
    private AuditTrail audit;

    /**
     * For the container's client proxy.
     */
    protected PasswordChanges() {
    }

    @Inject
    public PasswordChanges(JpaUserStore users, JpaPasswordResetStore resets, Sessions sessions, SystemTime time,
                           AuditTrail audit) {
        this.users = users;
        this.resets = resets;
        this.sessions = sessions;
        this.time = time;
        this.audit = audit;
    }

    /**
     * A password changed by its owner: every other session ends (whoever else was signed in with the old password
     * is out), and pending reset links stop working.
     *
     * @param user         the signed-in user (a session of theirs, which stays, or an identity provider's token)
     * @param passwordHash the new password's hash
     */
    @Transactional
    public void change(Actor user, String passwordHash) {
        UserEntity entity = users.findById(user.userId())
                .orElseThrow(() -> new AuthenticationRequiredException("The user no longer exists"));
        entity.changePassword(passwordHash);
        resets.retireUnused(entity.id(), time.now());
        int ended = sessions.endAll(entity.id(), user.isSession() ? user.id() : null);
        audit.record(user, null, AuditActions.PASSWORD_CHANGED, target(entity),
                AuditChanges.of("endedSessions", null, ended));
    }

    /**
     * A password set through a reset link: the link is used up (once, even by concurrent requests), the password
     * replaced, and every session of the user ends.
     *
     * @param resetId      the reset
     * @param userId       its user
     * @param passwordHash the new password's hash
     * @throws GoneException if the reset was used (or expired) meanwhile
     */
    @Transactional
    public void reset(String resetId, String userId, String passwordHash) {
        if (!resets.use(resetId, time.now())) {
            throw new GoneException("This reset link was used or has expired; ask for a new one");
        }
        UserEntity user = users.findById(userId)
                .orElseThrow(() -> new GoneException("This reset link's account no longer exists"));
        user.changePassword(passwordHash);
        resets.retireUnused(userId, time.now());
        int ended = sessions.endAll(userId, null);
        // The emailed link proved the user: they are the actor, as a login of theirs would record them, though no
        // session of theirs called.
        audit.record(new Actor(Actor.Kind.SESSION, null, user.id(), user.email(), user.superAdmin()), null,
                AuditActions.PASSWORD_RESET_COMPLETED, target(user), AuditChanges.of("endedSessions", null, ended));
    }

    private static AuditTarget target(UserEntity user) {
        return new AuditTarget("user", user.id(), user.email());
    }
}
