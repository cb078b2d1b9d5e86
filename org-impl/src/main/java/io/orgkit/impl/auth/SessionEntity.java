package io.orgkit.impl.auth;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A login session. Only the SHA-256 of its token is stored.
 */
@Entity
@Table(name = "orgkit_session")
public class SessionEntity {
    // Refreshing last_seen_at on every request would turn every read into a write; a minute's slack is enough.
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @Id
    private String id;
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(name = "active_organization_id")
    private String activeOrganizationId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SessionEntity() {
    }

    public SessionEntity(String id, String tokenHash, String userId, String activeOrganizationId, Instant now,
                         Duration absoluteTimeout) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.activeOrganizationId = activeOrganizationId;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.expiresAt = now.plus(absoluteTimeout);
    }

    /**
     * @param now         the current time
     * @param idleTimeout how long a session may go unused
     * @return whether the session has ended, by either timeout
     */
    public boolean isExpired(Instant now, Duration idleTimeout) {
        return !now.isBefore(expiresAt) || !now.isBefore(lastSeenAt.plus(idleTimeout));
    }

    /**
     * Records use, at most once a minute.
     *
     * @param now the current time
     * @return whether the row changed
     */
    public boolean touch(Instant now) {
        if (now.isAfter(lastSeenAt.plus(TOUCH_INTERVAL))) {
            lastSeenAt = now;
            return true;
        }
        return false;
    }

    public void activate(String organizationId) {
        this.activeOrganizationId = organizationId;
    }

    public String id() {
        return id;
    }

    public String userId() {
        return userId;
    }

    public String activeOrganizationId() {
        return activeOrganizationId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
