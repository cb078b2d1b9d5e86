-- orgkit schema, version 9: users of the host's identity provider (issue 15).
-- One row per identity (issuer, subject) and the user it was linked to on first sight, by verified email or by
-- creating the user. H2 counts VARCHAR lengths in UTF-16 units; issuers and subjects are ASCII in practice.
CREATE TABLE orgkit_user_identity (
    id         VARCHAR(36)  NOT NULL,
    issuer     VARCHAR(500) NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    user_id    VARCHAR(36)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_orgkit_user_identity PRIMARY KEY (id),
    CONSTRAINT uq_orgkit_user_identity UNIQUE (issuer, subject),
    CONSTRAINT fk_orgkit_user_identity_user FOREIGN KEY (user_id)
        REFERENCES orgkit_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_orgkit_user_identity_user ON orgkit_user_identity (user_id);
