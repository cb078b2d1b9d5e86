package io.orgkit.impl.kernel;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A platform user. The email is kept lower-cased: it is the user's unique, case-insensitive name.
 */
@Entity
@Table(name = "orgkit_user")
public class UserEntity {
    @Id
    private String id;
    @Column(nullable = false, length = 254)
    private String email;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "super_admin", nullable = false)
    private boolean superAdmin;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    protected UserEntity() {
    }

    public UserEntity(String id, String email, String name, String passwordHash, boolean superAdmin, Instant createdAt) {
        this.id = id;
        this.email = normalizeEmail(email);
        this.name = name;
        this.passwordHash = passwordHash;
        this.superAdmin = superAdmin;
        this.createdAt = createdAt;
    }

    /**
     * Records that the user proved control of its email (it accepted an invitation sent there), once.
     *
     * @param now the current time
     */
    public void emailVerified(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    /** @return whether the user has proved control of its email */
    public boolean hasVerifiedEmail() {
        return emailVerifiedAt != null;
    }

    /**
     * @param email an email as typed
     * @return the form it is stored and compared in
     */
    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name the new display name, already validated and stripped
     */
    public void rename(String name) {
        this.name = name;
    }

    /**
     * @param passwordHash the new password's hash
     */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void grantSuperAdmin() {
        this.superAdmin = true;
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean superAdmin() {
        return superAdmin;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
