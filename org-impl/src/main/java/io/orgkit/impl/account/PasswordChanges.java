package io.orgkit.impl.account;

import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.GoneException;
import io.orgkit.impl.kernel.JpaUserStore;
import io.orgkit.impl.kernel.Sessions;
import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Writes a new password and ends the sessions it must end, in one transaction. A bean of its own so that the callers
 * hash the password (Argon2, tens of milliseconds) before, outside any transaction, holding no pooled connection.
 */
@ApplicationScoped
public class PasswordChanges {
    private JpaUserStore users;
    private JpaPasswordResetStore resets;
    private Sessions sessions;
    private SystemTime time;

    /**
     * For the container's client proxy.
     */
    protected PasswordChanges() {
    }

    @Inject
    public PasswordChanges(JpaUserStore users, JpaPasswordResetStore resets, Sessions sessions, SystemTime time) {
        this.users = users;
        this.resets = resets;
        this.sessions = sessions;
        this.time = time;
    }

    /**
     * A password changed by its owner: every other session ends (whoever else was signed in with the old password
     * is out), and pending reset links stop working.
     *
     * @param userId       the user
     * @param passwordHash the new password's hash
     * @param keepSession  the session that changed it, which stays, or {@code null}
     */
    @Transactional
    public void change(String userId, String passwordHash, String keepSession) {
        users.findById(userId)
                .orElseThrow(() -> new AuthenticationRequiredException("The user no longer exists"))
                .changePassword(passwordHash);
        resets.retireUnused(userId, time.now());
        sessions.endAll(userId, keepSession);
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
        users.findById(userId).orElseThrow(() -> new GoneException("This reset link's account no longer exists"))
                .changePassword(passwordHash);
        resets.retireUnused(userId, time.now());
        sessions.endAll(userId, null);
    }
}
