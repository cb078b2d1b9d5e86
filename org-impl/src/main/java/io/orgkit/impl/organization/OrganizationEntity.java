package io.orgkit.impl.organization;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organization. Its version is the ETag of its representation.
 */
@Entity
@Table(name = "orgkit_organization")
public class OrganizationEntity {
    @Id
    private String id;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(length = 2048)
    private String logo;
    @Column(nullable = false, length = 64)
    private String timezone;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OrganizationEntity() {
    }

    public OrganizationEntity(String id, String name, String logo, String timezone, Instant now) {
        this.id = id;
        this.name = name;
        this.logo = logo;
        this.timezone = timezone;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String name, Instant now) {
        this.name = name;
        this.updatedAt = now;
    }

    public void changeLogo(String logo, Instant now) {
        this.logo = logo;
        this.updatedAt = now;
    }

    public void changeTimezone(String timezone, Instant now) {
        this.timezone = timezone;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String logo() {
        return logo;
    }

    public String timezone() {
        return timezone;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
