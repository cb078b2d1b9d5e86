package io.orgkit.impl.invitation;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An invitation to join an organization with a role. Only the SHA-256 of its token is stored. While pending,
 * {@code pendingEmail} holds the email so the database allows one pending invitation per (organization, email).
 */
@Entity
@Table(name = "orgkit_invitation")
public class InvitationEntity {
    @Id
    private String id;
    @Column(name = "organization_id", nullable = false)
    private String organizationId;
    @Column(nullable = false, length = 254)
    private String email;
    @Column(name = "pending_email", length = 254)
    private String pendingEmail;
    @Column(name = "role_name", nullable = false, length = 128)
    private String roleName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InvitationStatus status;
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;
    @Column(name = "invited_by_user_id")
    private String invitedByUserId;
    @Column(name = "invited_by", nullable = false, length = 254)
    private String invitedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "last_sent_at", nullable = false)
    private Instant lastSentAt;
    @Column(name = "send_count", nullable = false)
    private int sendCount;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "redirect_url", length = 2048)
    private String redirectUrl;
    @Column(name = "public_metadata")
    private String publicMetadata;
    @Column(name = "private_metadata")
    private String privateMetadata;
    @Version
    private long version;

    protected InvitationEntity() {
    }

    public InvitationEntity(String id, String organizationId, String email, String roleName, String tokenHash,
                            String invitedByUserId, String invitedBy, Instant now, Duration ttl) {
        this.id = id;
        this.organizationId = organizationId;
        this.email = email;
        this.pendingEmail = email;
        this.roleName = roleName;
        this.status = InvitationStatus.PENDING;
        this.tokenHash = tokenHash;
        this.invitedByUserId = invitedByUserId;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(ttl);
        this.lastSentAt = now;
        this.sendCount = 1;
    }

    /**
     * @param now the current time
     * @return the status as the API shows it: a pending invitation past its expiry is expired
     */
    public InvitationStatus statusAt(Instant now) {
        if (status == InvitationStatus.PENDING && !now.isBefore(expiresAt)) {
            return InvitationStatus.EXPIRED;
        }
        return status;
    }

    /**
     * A new token and a fresh expiry; the old token stops working.
     */
    public void reissue(String newTokenHash, Instant now, Duration ttl) {
        requirePending(now);
        this.tokenHash = newTokenHash;
        this.expiresAt = now.plus(ttl);
        this.lastSentAt = now;
        this.sendCount++;
    }

    public void revoke(Instant now) {
        requirePending(now);
        this.status = InvitationStatus.REVOKED;
        this.pendingEmail = null;
        this.revokedAt = now;
    }

    /**
     * The recipient said no: like a revocation, but the organization can tell the two apart.
     *
     * @param now the current time
     */
    public void decline(Instant now) {
        requirePending(now);
        this.status = InvitationStatus.DECLINED;
        this.pendingEmail = null;
        this.revokedAt = now;
    }

    public void accept(Instant now) {
        requirePending(now);
        this.status = InvitationStatus.ACCEPTED;
        this.pendingEmail = null;
        this.acceptedAt = now;
    }

    /**
     * Releases the one-pending-per-email slot of an invitation that expired, so the email can be invited again.
     */
    public void releaseIfExpired(Instant now) {
        if (statusAt(now) == InvitationStatus.EXPIRED) {
            this.pendingEmail = null;
        }
    }

    private void requirePending(Instant now) {
        if (statusAt(now) != InvitationStatus.PENDING) {
            throw new IllegalStateException("Invitation " + id + " is " + statusAt(now).apiName());
        }
    }

    /**
     * @param redirectUrl     where the accepted invitation sends its recipient, already allowed; {@code null} for
     *                        nowhere in particular
     * @param publicMetadata  the membership's public metadata once accepted, validated; {@code null} for none
     * @param privateMetadata the membership's private metadata once accepted, validated; {@code null} for none
     */
    public void carry(String redirectUrl, jakarta.json.JsonObject publicMetadata,
                      jakarta.json.JsonObject privateMetadata) {
        this.redirectUrl = redirectUrl;
        this.publicMetadata = io.orgkit.impl.kernel.MetadataColumns.write(publicMetadata);
        this.privateMetadata = io.orgkit.impl.kernel.MetadataColumns.write(privateMetadata);
    }

    /**
     * Marks a new invitation whose email the host sends itself: none was queued.
     */
    public void unsent() {
        this.sendCount = 0;
    }

    public String redirectUrl() {
        return redirectUrl;
    }

    public jakarta.json.JsonObject publicMetadata() {
        return io.orgkit.impl.kernel.MetadataColumns.read(publicMetadata);
    }

    public jakarta.json.JsonObject privateMetadata() {
        return io.orgkit.impl.kernel.MetadataColumns.read(privateMetadata);
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public String email() {
        return email;
    }

    public String roleName() {
        return roleName;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public String invitedByUserId() {
        return invitedByUserId;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastSentAt() {
        return lastSentAt;
    }

    public int sendCount() {
        return sendCount;
    }
}
