package io.orgkit.impl.kernel;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of the audit log. Written once, never changed; see {@link AuditTrail}.
 */
@Entity
@Table(name = "orgkit_audit_event")
public class AuditEventEntity {
    @Id
    private String id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "organization_id")
    private String organizationId;
    @Column(nullable = false, length = 64)
    private String action;
    @Column(name = "actor_type", nullable = false, length = 16)
    private String actorType;
    @Column(name = "actor_id")
    private String actorId;
    @Column(name = "actor_user_id")
    private String actorUserId;
    @Column(name = "actor_name", length = 600)
    private String actorName;
    @Column(name = "actor_super_admin", nullable = false)
    private boolean actorSuperAdmin;
    @Column(name = "target_type", nullable = false, length = 32)
    private String targetType;
    @Column(name = "target_id", length = 64)
    private String targetId;
    @Column(name = "target_name", length = 600)
    private String targetName;
    @Column(name = "changes")
    private String changes;
    @Column(name = "client_address", length = 100)
    private String clientAddress;
    @Column(name = "user_agent", length = 600)
    private String userAgent;
    @Column(name = "request_id", length = 100)
    private String requestId;

    protected AuditEventEntity() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    AuditEventEntity(String id, Instant occurredAt, String organizationId, String action, String actorType,
                     String actorId, String actorUserId, String actorName, boolean actorSuperAdmin, String targetType,
                     String targetId, String targetName, String changes, String clientAddress, String userAgent,
                     String requestId) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.organizationId = organizationId;
        this.action = action;
        this.actorType = actorType;
        this.actorId = actorId;
        this.actorUserId = actorUserId;
        this.actorName = actorName;
        this.actorSuperAdmin = actorSuperAdmin;
        this.targetType = targetType;
        this.targetId = targetId;
        this.targetName = targetName;
        this.changes = changes;
        this.clientAddress = clientAddress;
        this.userAgent = userAgent;
        this.requestId = requestId;
    }

    public String id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String organizationId() {
        return organizationId;
    }

    public String action() {
        return action;
    }

    public String actorType() {
        return actorType;
    }

    public String actorId() {
        return actorId;
    }

    public String actorUserId() {
        return actorUserId;
    }

    public String actorName() {
        return actorName;
    }

    public boolean actorSuperAdmin() {
        return actorSuperAdmin;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String targetName() {
        return targetName;
    }

    /** @return the changed fields as a JSON object {@code {"field": {"before": …, "after": …}}}, or {@code null} */
    public String changes() {
        return changes;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String userAgent() {
        return userAgent;
    }

    public String requestId() {
        return requestId;
    }
}
