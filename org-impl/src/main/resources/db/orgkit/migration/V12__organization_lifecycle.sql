-- Issue 18: what serious products need of an organization. One migration for every organization and membership column
-- (slug, metadata, member limit, suspension, soft delete, founder), so that a database is never half-way.

-- A slug: lower-case ASCII letters, digits and single hyphens, unique. Organizations created before this version
-- take their id (a UUID is a valid slug); an Admin may change it.
ALTER TABLE orgkit_organization ADD COLUMN slug VARCHAR(63) NULL;
UPDATE orgkit_organization SET slug = LOWER(id);
ALTER TABLE orgkit_organization MODIFY slug VARCHAR(63) NOT NULL;
ALTER TABLE orgkit_organization ADD CONSTRAINT uq_orgkit_organization_slug UNIQUE (slug);

-- Metadata the host hangs on an organization or a membership: JSON objects of at most 8 KiB (UTF-8) each, checked
-- by the application; NULL is the empty object.
ALTER TABLE orgkit_organization ADD COLUMN public_metadata TEXT NULL;
ALTER TABLE orgkit_organization ADD COLUMN private_metadata TEXT NULL;
ALTER TABLE orgkit_membership ADD COLUMN public_metadata TEXT NULL;
ALTER TABLE orgkit_membership ADD COLUMN private_metadata TEXT NULL;

-- At most this many members and pending invitations together (NULL: no limit).
ALTER TABLE orgkit_organization ADD COLUMN member_limit INT NULL;

-- Suspended by a Super Admin since (NULL: active); deleted since (NULL: not deleted). A deleted organization is
-- restorable until the purge removes it for good, after the restore window.
ALTER TABLE orgkit_organization ADD COLUMN suspended_at DATETIME(6) NULL;
ALTER TABLE orgkit_organization ADD COLUMN deleted_at DATETIME(6) NULL;
CREATE INDEX ix_orgkit_organization_deleted ON orgkit_organization (deleted_at);

-- The user who founded the organization (self-service), counted against a per-user limit.
ALTER TABLE orgkit_organization ADD COLUMN founded_by_user_id VARCHAR(36) NULL;
ALTER TABLE orgkit_organization ADD CONSTRAINT fk_orgkit_organization_founder FOREIGN KEY (founded_by_user_id)
    REFERENCES orgkit_user (id) ON DELETE SET NULL;
CREATE INDEX ix_orgkit_organization_founder ON orgkit_organization (founded_by_user_id);
