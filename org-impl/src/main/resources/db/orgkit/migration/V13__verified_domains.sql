-- Issue 18: verified domains, and what joining by domain needs.

-- A domain an organization claims. verified_domain equals domain once it is verified and is NULL before, so the unique
-- key lets any number of organizations claim a domain but only one have it verified (NULLs never clash), on MariaDB
-- and H2 alike. Domains are ASCII (IDNs are stored in their xn-- form), so no column needs doubling for H2.
CREATE TABLE orgkit_domain (
    id                  VARCHAR(36)  NOT NULL,
    organization_id     VARCHAR(36)  NOT NULL,
    domain              VARCHAR(253) NOT NULL,
    verified_domain     VARCHAR(253) NULL,
    verification_token  VARCHAR(64)  NOT NULL,
    code_hash           VARCHAR(64)  NULL,
    code_email          VARCHAR(254) NULL,
    code_expires_at     DATETIME(6)  NULL,
    code_failures       INT          NOT NULL,
    verified_by         VARCHAR(16)  NULL,
    enrollment_mode     VARCHAR(16)  NOT NULL,
    default_role        VARCHAR(128) NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    verified_at         DATETIME(6)  NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_orgkit_domain PRIMARY KEY (id),
    CONSTRAINT uq_orgkit_domain_claim UNIQUE (organization_id, domain),
    CONSTRAINT uq_orgkit_domain_verified UNIQUE (verified_domain),
    CONSTRAINT fk_orgkit_domain_organization FOREIGN KEY (organization_id)
        REFERENCES orgkit_organization (id) ON DELETE CASCADE
);
CREATE INDEX ix_orgkit_domain_org_page ON orgkit_domain (organization_id, id);

-- When the user proved control of its email (accepting an invitation sent to it does); NULL: never proved.
-- Joining an organization by its verified domain needs it.
ALTER TABLE orgkit_user ADD COLUMN email_verified_at DATETIME(6) NULL;
