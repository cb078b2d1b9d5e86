-- Tokens an invitation had before a resend replaced them. Only the SHA-256 is kept, so a replaced token is answered
-- 410 ("replaced") rather than 404 ("unknown"), and it never counts as a guess against the client's throttle.
CREATE TABLE orgkit_invitation_replaced_token (
    token_hash    VARCHAR(64) NOT NULL,
    invitation_id VARCHAR(36) NOT NULL,
    replaced_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_orgkit_invitation_replaced_token PRIMARY KEY (token_hash),
    CONSTRAINT fk_orgkit_invitation_replaced_token_invitation FOREIGN KEY (invitation_id)
        REFERENCES orgkit_invitation (id) ON DELETE CASCADE
);
CREATE INDEX ix_orgkit_invitation_replaced_token_invitation ON orgkit_invitation_replaced_token (invitation_id);
