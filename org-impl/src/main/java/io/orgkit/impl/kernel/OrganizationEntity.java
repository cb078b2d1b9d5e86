package io.orgkit.impl.kernel;

import java.time.Instant;
import java.util.Objects;

import io.orgkit.api.organization.OrganizationFields;
import io.orgkit.impl.persistence.DatabaseValues;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organization. Its version is what its {@code ETag} is made of.
 */
@Entity
@Table(name = "orgkit_organization")
public class OrganizationEntity {
    @Id
    private String id;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 2048)
    private String logo;
    @Column(nullable = false, length = 64)
    private String timezone;
    @Column(nullable = false, length = 63)
    private String slug;
    @Column(name = "public_metadata")
    private String publicMetadata;
    @Column(name = "private_metadata")
    private String privateMetadata;
    @Column(name = "member_limit")
    private Integer memberLimit;
    @Column(name = "suspended_at")
    private Instant suspendedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "founded_by_user_id")
    private String foundedByUserId;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * The columns {@link #fromRow} reads, in its order, of an {@code orgkit_organization} row joined as {@code o}: for a
     * statement that reads an organization along with something else (authentication, see
     * {@link RequestOrganization}). A new column goes here and in {@link #fromRow} too.
     */
    public static final String COLUMNS = "o.id, o.name, o.logo, o.timezone, o.slug, o.public_metadata, "
            + "o.private_metadata, o.member_limit, o.suspended_at, o.deleted_at, o.founded_by_user_id, o.version, "
            + "o.created_at, o.updated_at";

    protected OrganizationEntity() {
    }

    /**
     * @param row   a native query's row
     * @param first the index of the first of {@link #COLUMNS}
     * @return the organization as the row has it (not managed: for reading only), or {@code null} when the row has none
     *         (an outer join that found none)
     */
    public static OrganizationEntity fromRow(Object[] row, int first) {
        if (row[first] == null) {
            return null;
        }
        OrganizationEntity organization = new OrganizationEntity();
        organization.id = (String) row[first];
        organization.name = (String) row[first + 1];
        organization.logo = (String) row[first + 2];
        organization.timezone = (String) row[first + 3];
        organization.slug = (String) row[first + 4];
        organization.publicMetadata = DatabaseValues.text(row[first + 5]);
        organization.privateMetadata = DatabaseValues.text(row[first + 6]);
        organization.memberLimit = DatabaseValues.integer(row[first + 7]);
        organization.suspendedAt = DatabaseValues.instant(row[first + 8]);
        organization.deletedAt = DatabaseValues.instant(row[first + 9]);
        organization.foundedByUserId = (String) row[first + 10];
        organization.version = DatabaseValues.longValue(row[first + 11]);
        organization.createdAt = DatabaseValues.instant(row[first + 12]);
        organization.updatedAt = DatabaseValues.instant(row[first + 13]);
        return organization;
    }

    /**
     * @param id     a new id
     * @param fields the organization's fields, already validated; without a slug, one is made of the name and the id
     * @param now    the creation time
     */
    public OrganizationEntity(String id, OrganizationFields fields, Instant now) {
        this.id = id;
        this.createdAt = now;
        apply(fields.slug() == null ? fields.withSlug(OrganizationSlugs.unique(fields.name(), id)) : fields, now);
    }

    /**
     * @return the writable fields as they are now
     */
    public OrganizationFields fields() {
        return new OrganizationFields(name, logo, timezone, slug, MetadataColumns.read(publicMetadata),
                MetadataColumns.read(privateMetadata), memberLimit);
    }

    /**
     * Takes the fields over, stripping the name; {@code updatedAt} moves only when something changed.
     *
     * @param fields validated fields
     * @param now    the current time
     * @return whether anything changed
     */
    public boolean apply(OrganizationFields fields, Instant now) {
        OrganizationFields before = fields();
        this.name = fields.name().strip();
        this.logo = fields.logo();
        this.timezone = Objects.requireNonNull(fields.timezone());
        this.slug = Objects.requireNonNull(fields.slug());
        this.publicMetadata = MetadataColumns.write(fields.publicMetadata());
        this.privateMetadata = MetadataColumns.write(fields.privateMetadata());
        this.memberLimit = fields.memberLimit();
        boolean changed = !fields().equals(before);
        if (changed || updatedAt == null) {
            this.updatedAt = now;
        }
        return changed;
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

    /**
     * @param now the current time
     * @return whether it changed (it was not suspended)
     */
    public boolean suspend(Instant now) {
        if (suspendedAt != null) {
            return false;
        }
        suspendedAt = now;
        return true;
    }

    /**
     * @return whether it changed (it was suspended)
     */
    public boolean resume() {
        if (suspendedAt == null) {
            return false;
        }
        suspendedAt = null;
        return true;
    }

    /**
     * Deletes it softly: it is hidden from everyone but the Super Admin's list of deleted organizations, and may be
     * restored until the purge deletes it for good.
     *
     * @param now the current time
     */
    public void markDeleted(Instant now) {
        deletedAt = now;
    }

    /**
     * @param userId the user who founded it (self-service), counted against that user's limit
     */
    public void foundedBy(String userId) {
        this.foundedByUserId = userId;
    }

    public void restore() {
        deletedAt = null;
    }

    public Instant suspendedAt() {
        return suspendedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public String slug() {
        return slug;
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
