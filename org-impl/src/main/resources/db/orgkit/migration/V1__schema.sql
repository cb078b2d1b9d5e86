-- orgkit schema, version 1: every table the contract needs.
-- Valid on MariaDB 10.11 and on H2 in MariaDB mode. Ids are UUIDv7 strings (time-ordered), so a keyset page
-- "WHERE id > :cursor ORDER BY id" is an index range scan whatever its depth.
-- Times are UTC DATETIME(6). Rules of the contract are constraints here, not only code.

CREATE TABLE orgkit_user (
    id            VARCHAR(36)  NOT NULL,
    email         VARCHAR(254) NOT NULL,        -- stored lower-cased by the application
    name          VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) NULL,
    super_admin   BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_orgkit_user PRIMARY KEY (id),
    CONSTRAINT uq_orgkit_user_email UNIQUE (email)
);
CREATE INDEX ix_orgkit_user_super_admin ON orgkit_user (super_admin);

CREATE TABLE orgkit_organization (
    id         VARCHAR(36)   NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    logo       VARCHAR(2048) NULL,
    timezone   VARCHAR(64)   NOT NULL,
    version    BIGINT        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    CONSTRAINT pk_orgkit_organization PRIMARY KEY (id)
);

-- Organization roles. name_key is the lower-cased name: one role per name per organization, case-insensitively,
-- whatever the database's collation.
CREATE TABLE orgkit_role (
    id              VARCHAR(36)  NOT NULL,
    organization_id VARCHAR(36)  NOT NULL,
    name            VARCHAR(64)  NOT NULL,
    name_key        VARCHAR(64)  NOT NULL,
    description     VARCHAR(500) NULL,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT pk_orgkit_role PRIMARY KEY (id),
    CONSTRAINT uq_orgkit_role_name UNIQUE (organization_id, name_key),
    CONSTRAINT fk_orgkit_role_organization FOREIGN KEY (organization_id)
        REFERENCES orgkit_organization (id) ON DELETE CASCADE
);

CREATE TABLE orgkit_role_permission (
    role_id    VARCHAR(36)  NOT NULL,
    permission VARCHAR(100) NOT NULL,
    CONSTRAINT pk_orgkit_role_permission PRIMARY KEY (role_id, permission),
    CONSTRAINT fk_orgkit_role_permission_role FOREIGN KEY (role_id)
        REFERENCES orgkit_role (id) ON DELETE CASCADE
);

-- A member holds a role by its canonical name (system role or organization role).
CREATE TABLE orgkit_membership (
    id              VARCHAR(36) NOT NULL,
    organization_id VARCHAR(36) NOT NULL,
    user_id         VARCHAR(36) NOT NULL,
    role_name       VARCHAR(64) NOT NULL,
    joined_at       DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_orgkit_membership PRIMARY KEY (id),
    CONSTRAINT uq_orgkit_membership UNIQUE (organization_id, user_id),
    CONSTRAINT fk_orgkit_membership_organization FOREIGN KEY (organization_id)
        REFERENCES orgkit_organization (id) ON DELETE CASCADE,
    CONSTRAINT fk_orgkit_membership_user FOREIGN KEY (user_id)
        REFERENCES orgkit_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_orgkit_membership_org_page ON orgkit_membership (organization_id, id);
CREATE INDEX ix_orgkit_membership_org_role ON orgkit_membership (organization_id, role_name, id);
CREATE INDEX ix_orgkit_membership_user ON orgkit_membership (user_id, joined_at);

-- Invitations. pending_email equals email while the invitation is pending and is NULL otherwise, so the unique
-- key allows at most one pending invitation per (organization, email) on MariaDB and H2 alike (NULLs never clash).
CREATE TABLE orgkit_invitation (
    id                 VARCHAR(36)  NOT NULL,
    organization_id    VARCHAR(36)  NOT NULL,
    email              VARCHAR(254) NOT NULL,
    pending_email      VARCHAR(254) NULL,
    role_name          VARCHAR(64)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    token_hash         VARCHAR(64)  NOT NULL,
    invited_by_user_id VARCHAR(36)  NULL,
    invited_by         VARCHAR(254) NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    expires_at         DATETIME(6)  NOT NULL,
    last_sent_at       DATETIME(6)  NOT NULL,
    send_count         INT          NOT NULL,
    accepted_at        DATETIME(6)  NULL,
    revoked_at         DATETIME(6)  NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT pk_orgkit_invitation PRIMARY KEY (id),
    CONSTRAINT uq_orgkit_invitation_token UNIQUE (token_hash),
    CONSTRAINT uq_orgkit_invitation_pending UNIQUE (organization_id, pending_email),
    CONSTRAINT fk_orgkit_invitation_organization FOREIGN KEY (organization_id)
        REFERENCES orgkit_organization (id) ON DELETE CASCADE,
    CONSTRAINT fk_orgkit_invitation_inviter FOREIGN KEY (invited_by_user_id)
        REFERENCES orgkit_user (id) ON DELETE SET NULL
);
CREATE INDEX ix_orgkit_invitation_org_page ON orgkit_invitation (organization_id, id);
CREATE INDEX ix_orgkit_invitation_org_status ON orgkit_invitation (organization_id, status, id);
CREATE INDEX ix_orgkit_invitation_org_role ON orgkit_invitation (organization_id, role_name);

CREATE TABLE orgkit_api_key (
    id                 VARCHAR(36)  NOT NULL,
    organization_id    VARCHAR(36)  NOT NULL,
    name               VARCHAR(100) NOT NULL,
    role_name          VARCHAR(64)  NOT NULL,
    prefix             VARCHAR(16)  NOT NULL,
    key_hash           VARCHAR(64)  NOT NULL,
    created_by_user_id VARCHAR(36)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    expires_at         DATETIME(6)  NULL,
    last_used_at       DATETIME(6)  NULL,
    CONSTRAINT pk_orgkit_api_key PRIMARY KEY (id),
    CONSTRAINT uq_orgkit_api_key_hash UNIQUE (key_hash),
    CONSTRAINT fk_orgkit_api_key_organization FOREIGN KEY (organization_id)
        REFERENCES orgkit_organization (id) ON DELETE CASCADE,
    CONSTRAINT fk_orgkit_api_key_creator FOREIGN KEY (created_by_user_id)
        REFERENCES orgkit_user (id) ON DELETE SET NULL
);
CREATE INDEX ix_orgkit_api_key_org_page ON orgkit_api_key (organization_id, id);
CREATE INDEX ix_orgkit_api_key_org_role ON orgkit_api_key (organization_id, role_name);

-- Sessions: only the SHA-256 of the token is stored. Losing the active organization (deleted, or membership
-- removed) sets it to NULL rather than ending the session.
CREATE TABLE orgkit_session (
    id                     VARCHAR(36) NOT NULL,
    token_hash             VARCHAR(64) NOT NULL,
    user_id                VARCHAR(36) NOT NULL,
    active_organization_id VARCHAR(36) NULL,
    created_at             DATETIME(6) NOT NULL,
    last_seen_at           DATETIME(6) NOT NULL,
    expires_at             DATETIME(6) NOT NULL,
    CONSTRAINT pk_orgkit_session PRIMARY KEY (id),
    CONSTRAINT uq_orgkit_session_token UNIQUE (token_hash),
    CONSTRAINT fk_orgkit_session_user FOREIGN KEY (user_id)
        REFERENCES orgkit_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_orgkit_session_organization FOREIGN KEY (active_organization_id)
        REFERENCES orgkit_organization (id) ON DELETE SET NULL
);
CREATE INDEX ix_orgkit_session_user ON orgkit_session (user_id);
CREATE INDEX ix_orgkit_session_expiry ON orgkit_session (expires_at);

-- Throttling shared by every node: failed logins per email, wrong invitation tokens per client.
CREATE TABLE orgkit_throttle (
    throttle_key      VARCHAR(300) NOT NULL,
    window_started_at DATETIME(6)  NOT NULL,
    failures          INT          NOT NULL,
    CONSTRAINT pk_orgkit_throttle PRIMARY KEY (throttle_key)
);

-- The transactional outbox: a row is written in the same transaction as its invitation, then sent by a
-- dispatcher that claims rows (claimed_by/claimed_until) under a row lock, so no node sends a row twice.
CREATE TABLE orgkit_mail_outbox (
    id              VARCHAR(36)   NOT NULL,
    organization_id VARCHAR(36)   NULL,
    invitation_id   VARCHAR(36)   NULL,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body_text       TEXT          NOT NULL,
    body_html       TEXT          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_by      VARCHAR(64)   NULL,
    claimed_until   DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    CONSTRAINT pk_orgkit_mail_outbox PRIMARY KEY (id),
    CONSTRAINT fk_orgkit_mail_outbox_organization FOREIGN KEY (organization_id)
        REFERENCES orgkit_organization (id) ON DELETE CASCADE,
    CONSTRAINT fk_orgkit_mail_outbox_invitation FOREIGN KEY (invitation_id)
        REFERENCES orgkit_invitation (id) ON DELETE CASCADE
);
CREATE INDEX ix_orgkit_mail_outbox_due ON orgkit_mail_outbox (status, next_attempt_at);
