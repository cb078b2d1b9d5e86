package io.orgkit.impl.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A domain an organization claims, pending until it proves control, then verified.
 */
@Entity
@Table(name = "orgkit_domain")
public class DomainEntity {
    @Id
    private String id;
    @Column(name = "organization_id", nullable = false)
    private String organizationId;
    @Column(nullable = false, length = 253)
    private String domain;
    @Column(name = "verified_domain", length = 253)
    private String verifiedDomain;
    @Column(name = "verification_token", nullable = false, length = 64)
    private String verificationToken;
    @Column(name = "code_hash", length = 64)
    private String codeHash;
    @Column(name = "code_email", length = 254)
    private String codeEmail;
    @Column(name = "code_expires_at")
    private Instant codeExpiresAt;
    @Column(name = "code_failures", nullable = false)
    private int codeFailures;
    @Column(name = "verified_by", length = 16)
    private String verifiedBy;
    @Column(name = "enrollment_mode", nullable = false, length = 16)
    private String enrollmentMode;
    @Column(name = "default_role", nullable = false, length = 128)
    private String defaultRole;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Version
    private long version;

    protected DomainEntity() {
    }

    public DomainEntity(String id, String organizationId, String domain, String verificationToken,
                        String enrollmentMode, String defaultRole, Instant now) {
        this.id = id;
        this.organizationId = organizationId;
        this.domain = domain;
        this.verificationToken = verificationToken;
        this.enrollmentMode = enrollmentMode;
        this.defaultRole = defaultRole;
        this.createdAt = now;
    }

    /**
     * @param codeHash  the SHA-256 of the new code
     * @param email     where it was sent
     * @param expiresAt when it stops working
     */
    public void newCode(String codeHash, String email, Instant expiresAt) {
        this.codeHash = codeHash;
        this.codeEmail = email;
        this.codeExpiresAt = expiresAt;
        this.codeFailures = 0;
    }

    /** Counts a wrong code; the fifth makes the code void. */
    public void wrongCode() {
        codeFailures++;
        if (codeFailures >= 5) {
            codeHash = null;
        }
    }

    /**
     * @param method how: {@code dns} or {@code email}
     * @param now    the current time
     */
    public void verified(String method, Instant now) {
        this.verifiedDomain = domain;
        this.verifiedBy = method;
        this.verifiedAt = now;
        this.codeHash = null;
    }

    public void enrollment(String mode, String role) {
        this.enrollmentMode = mode;
        this.defaultRole = role;
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public String domain() {
        return domain;
    }

    public boolean isVerified() {
        return verifiedDomain != null;
    }

    public String verificationToken() {
        return verificationToken;
    }

    public String codeHash() {
        return codeHash;
    }

    public Instant codeExpiresAt() {
        return codeExpiresAt;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public String enrollmentMode() {
        return enrollmentMode;
    }

    public String defaultRole() {
        return defaultRole;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }
}
