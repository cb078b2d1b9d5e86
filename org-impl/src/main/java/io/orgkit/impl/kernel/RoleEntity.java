package io.orgkit.impl.kernel;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import io.orgkit.api.role.RoleFields;
import io.orgkit.api.validation.CaseInsensitiveKey;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A role an organization defined. Its name never changes; {@code nameKey} is the lower-cased name the unique key uses.
 */
@Entity
@Table(name = "orgkit_role")
public class RoleEntity {
    @Id
    private String id;
    @Column(name = "organization_id", nullable = false)
    private String organizationId;
    @Column(nullable = false, length = 128)
    private String name;
    @Column(name = "name_key", nullable = false, length = 128)
    private String nameKey;
    @Column(length = 1000)
    private String description;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "orgkit_role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission", nullable = false, length = 100)
    private Set<String> permissions = new HashSet<>();
    @Version
    private long version;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RoleEntity() {
    }

    public RoleEntity(String id, String organizationId, String name, String description, Set<String> permissions,
                      Instant now) {
        this.id = id;
        this.organizationId = organizationId;
        this.name = name.strip();
        this.nameKey = keyOf(name);
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.permissions = new HashSet<>(permissions);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * @param name a role name
     * @return the case-insensitive key it is unique by
     */
    public static String keyOf(String name) {
        return CaseInsensitiveKey.of(name);
    }

    /**
     * @param description a validated description; blank clears it
     * @param permissions the complete set of permissions the role grants from now on
     * @param now         the current time
     */
    public void change(String description, Set<String> permissions, Instant now) {
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.permissions.clear();
        this.permissions.addAll(permissions);
        this.updatedAt = now;
    }

    /**
     * @param catalogOrder the permissions in the order a client should see them
     * @return the writable fields as they are now
     */
    public RoleFields fields(java.util.List<String> catalogOrder) {
        return new RoleFields(description, catalogOrder);
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

    public String description() {
        return description;
    }

    public Set<String> permissions() {
        return Set.copyOf(permissions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
