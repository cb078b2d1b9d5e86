-- orgkit schema, version 8: the signed-in user's account (issue 15).
-- H2 counts VARCHAR lengths in UTF-16 units: user_agent holds 200 code points, hence 400.

-- What the client that opened a session called itself, to tell a user's sessions apart.
ALTER TABLE orgkit_session ADD COLUMN user_agent VARCHAR(400) NULL;

-- Password resets by email: the SHA-256 of a single-use token, short-lived.
CREATE TABLE orgkit_password_reset (
    id          VARCHAR(36) NOT NULL,
    user_id     VARCHAR(36) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    CONSTRAINT pk_orgkit_password_reset PRIMARY KEY (id),
    CONSTRAINT uq_orgkit_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_orgkit_password_reset_user FOREIGN KEY (user_id)
        REFERENCES orgkit_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_orgkit_password_reset_user ON orgkit_password_reset (user_id, used_at);
CREATE INDEX ix_orgkit_password_reset_expiry ON orgkit_password_reset (expires_at);

-- A user's pending invitations, across organizations.
CREATE INDEX ix_orgkit_invitation_pending_email ON orgkit_invitation (pending_email);
