-- Idempotency-Key on POST: one row per caller and key for 24 hours. The unique key decides between concurrent
-- duplicates on every node: the second insert fails, and that request is answered 409 while the first runs.
-- The stored answer never holds a secret: an answer that carried one is kept without its body.
CREATE TABLE orgkit_idempotency_key (
    id                VARCHAR(36)   NOT NULL,
    caller            VARCHAR(80)   NOT NULL,   -- user:<id> or api_key:<id>
    idempotency_key   VARCHAR(255)  NOT NULL,   -- printable ASCII
    request_hash      VARCHAR(64)   NOT NULL,   -- SHA-256 (hex) of the method, path, query and body
    status            VARCHAR(16)   NOT NULL,   -- IN_PROGRESS, DONE
    response_status   INT           NULL,
    response_body     TEXT          NULL,
    response_location VARCHAR(2048) NULL,
    secret_withheld   BOOLEAN       NOT NULL,
    locked_until      DATETIME(6)   NOT NULL,
    expires_at        DATETIME(6)   NOT NULL,
    CONSTRAINT pk_orgkit_idempotency_key PRIMARY KEY (id),
    CONSTRAINT uq_orgkit_idempotency_key UNIQUE (caller, idempotency_key)
);
CREATE INDEX ix_orgkit_idempotency_key_expiry ON orgkit_idempotency_key (expires_at);
