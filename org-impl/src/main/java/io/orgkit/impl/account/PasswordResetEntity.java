package io.orgkit.impl.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A password reset asked for by email. Only the SHA-256 of its token is stored; it works once, until it expires.
 */
@Entity
@Table(name = "orgkit_password_reset")
public class PasswordResetEntity {
    @Id
    private String id;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordResetEntity() {
    }

    public PasswordResetEntity(String id, String userId, String tokenHash, Instant now, Instant expiresAt) {
        this.id = id;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /**
     * @param now the current time
     * @return whether the token still works: unused and unexpired
     */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public String id() {
        return id;
    }

    public String userId() {
        return userId;
    }
}
