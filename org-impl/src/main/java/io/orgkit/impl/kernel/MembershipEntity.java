package io.orgkit.impl.kernel;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A user's place in an organization: the role it holds there, by canonical name.
 */
@Entity
@Table(name = "orgkit_membership")
public class MembershipEntity {
    @Id
    private String id;
    @Column(name = "organization_id", nullable = false)
    private String organizationId;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(name = "role_name", nullable = false, length = 128)
    private String roleName;
    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;
    @Column(name = "public_metadata")
    private String publicMetadata;
    @Column(name = "private_metadata")
    private String privateMetadata;
    @Version
    private long version;

    protected MembershipEntity() {
    }

    public MembershipEntity(String id, String organizationId, String userId, String roleName, Instant joinedAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.userId = userId;
        this.roleName = roleName;
        this.joinedAt = joinedAt;
    }

    public void changeRole(String roleName) {
        this.roleName = roleName;
    }

    /**
     * @param publicMetadata  the new public metadata, validated; {@code null} or {@code {}} for none
     * @param privateMetadata the new private metadata, validated; {@code null} or {@code {}} for none
     */
    public void changeMetadata(jakarta.json.JsonObject publicMetadata, jakarta.json.JsonObject privateMetadata) {
        this.publicMetadata = MetadataColumns.write(publicMetadata);
        this.privateMetadata = MetadataColumns.write(privateMetadata);
    }

    public jakarta.json.JsonObject publicMetadata() {
        return MetadataColumns.read(publicMetadata);
    }

    public jakarta.json.JsonObject privateMetadata() {
        return MetadataColumns.read(privateMetadata);
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public String userId() {
        return userId;
    }

    public String roleName() {
        return roleName;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
