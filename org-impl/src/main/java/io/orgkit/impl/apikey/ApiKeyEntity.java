package io.orgkit.impl.apikey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An organization API key. Only the SHA-256 of the key is stored; revoking deletes the row.
 */
@Entity
@Table(name = "orgkit_api_key")
public class ApiKeyEntity {
    @Id
    private String id;
    @Column(name = "organization_id", nullable = false)
    private String organizationId;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "role_name", nullable = false, length = 128)
    private String roleName;
    @Column(nullable = false, length = 16)
    private String prefix;
    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;
    @Column(name = "created_by_user_id")
    private String createdByUserId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKeyEntity() {
    }

    public ApiKeyEntity(String id, String organizationId, String name, String roleName, String prefix, String keyHash,
                        String createdByUserId, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.name = name;
        this.roleName = roleName;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.createdByUserId = createdByUserId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public String roleName() {
        return roleName;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String createdByUserId() {
        return createdByUserId;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
