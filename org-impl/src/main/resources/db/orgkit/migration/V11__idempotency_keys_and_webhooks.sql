-- Idempotency-Key on POST (and, below, webhooks): one row per caller and key for 24 hours. The unique key decides between concurrent
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

-- Webhooks of an organization. The signing secret is kept as it is (not hashed): every delivery is signed with it.
CREATE TABLE orgkit_webhook (
    id              VARCHAR(36)   NOT NULL,
    organization_id VARCHAR(36)   NOT NULL,
    url             VARCHAR(2048) NOT NULL,
    events          VARCHAR(4000) NOT NULL,   -- action names or prefixes, separated by spaces; empty: every event
    secret          VARCHAR(100)  NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    disabled_reason VARCHAR(300)  NULL,
    failing_since   DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_orgkit_webhook PRIMARY KEY (id),
    CONSTRAINT fk_orgkit_webhook_organization FOREIGN KEY (organization_id)
        REFERENCES orgkit_organization (id) ON DELETE CASCADE
);
CREATE INDEX ix_orgkit_webhook_org ON orgkit_webhook (organization_id, id);

-- The webhook outbox: one row per event and webhook, written in the change's transaction, sent by the dispatcher of
-- whichever node claims it first (conditional updates, as the mail outbox). Its id is the webhook-id header, the same
-- on every attempt, so receivers can drop a duplicate.
CREATE TABLE orgkit_webhook_delivery (
    id                 VARCHAR(36)   NOT NULL,
    webhook_id         VARCHAR(36)   NOT NULL,
    event_id           VARCHAR(36)   NOT NULL,
    action             VARCHAR(64)   NOT NULL,
    payload            TEXT          NOT NULL,
    status             VARCHAR(16)   NOT NULL,   -- PENDING, DELIVERED, FAILED
    attempts           INT           NOT NULL,
    next_attempt_at    DATETIME(6)   NOT NULL,
    claimed_by         VARCHAR(200)  NULL,
    claimed_until      DATETIME(6)   NULL,
    last_response_code INT           NULL,
    last_error         VARCHAR(1000) NULL,
    created_at         DATETIME(6)   NOT NULL,
    delivered_at       DATETIME(6)   NULL,
    CONSTRAINT pk_orgkit_webhook_delivery PRIMARY KEY (id),
    CONSTRAINT fk_orgkit_webhook_delivery_webhook FOREIGN KEY (webhook_id)
        REFERENCES orgkit_webhook (id) ON DELETE CASCADE
);
CREATE INDEX ix_orgkit_webhook_delivery_due ON orgkit_webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_orgkit_webhook_delivery_webhook ON orgkit_webhook_delivery (webhook_id, id);
