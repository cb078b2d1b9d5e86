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
    @Column(name = "user_agent", length = 400)
    private String userAgent;

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
     * @param newId                its id
     * @param newTokenHash         the SHA-256 of its token
     * @param organizationId       its active organization
     * @param now                  the current time
     * @return a session that takes this one's place: the same user and absolute expiry, a new token
     */
    public SessionEntity rotated(String newId, String newTokenHash, String organizationId, Instant now) {
        SessionEntity next = new SessionEntity(newId, newTokenHash, userId, organizationId, now, Duration.ZERO);
        next.expiresAt = expiresAt;
        next.userAgent = userAgent;
        return next;
    }

    /**
     * @param userAgent how the client that opened the session described itself, already shortened, or {@code null}
     * @return this session
     */
    public SessionEntity describedAs(String userAgent) {
        this.userAgent = userAgent;
        return this;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public String userAgent() {
        return userAgent;
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
