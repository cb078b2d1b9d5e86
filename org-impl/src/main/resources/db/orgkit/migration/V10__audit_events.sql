-- The audit log: one row per change, written in the change's own transaction. Rows outlive what they describe (an
-- organization's deletion is itself an event), so no foreign key ties them to organizations, users or keys; the
-- retention purge (org.audit.retention) removes old rows. Ids are UUIDv7: ordered by id is ordered by time, which keyset
-- pages and the purge rely on. Text columns are twice their limit wide (H2 counts UTF-16 units).
CREATE TABLE orgkit_audit_event (
    id                VARCHAR(36)   NOT NULL,
    occurred_at       DATETIME(6)   NOT NULL,
    organization_id   VARCHAR(36)   NULL,        -- NULL: a platform event (a failed login for an unknown email)
    action            VARCHAR(64)   NOT NULL,    -- stable dotted name, such as member.removed
    actor_type        VARCHAR(16)   NOT NULL,    -- user, api_key, system, anonymous
    actor_id          VARCHAR(36)   NULL,        -- the user's or the API key's id
    actor_user_id     VARCHAR(36)   NULL,        -- the user, or the API key's creator
    actor_name        VARCHAR(600)  NULL,        -- an email, "API key <name>", a job's name
    actor_super_admin BOOLEAN       NOT NULL,
    target_type       VARCHAR(32)   NOT NULL,
    target_id         VARCHAR(64)   NULL,
    target_name       VARCHAR(600)  NULL,
    changes           TEXT          NULL,        -- JSON {"field": {"before": …, "after": …}}, never a secret
    client_address    VARCHAR(100)  NULL,
    user_agent        VARCHAR(600)  NULL,
    request_id        VARCHAR(100)  NULL,
    CONSTRAINT pk_orgkit_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_orgkit_audit_event_org ON orgkit_audit_event (organization_id, id);
CREATE INDEX ix_orgkit_audit_event_org_action ON orgkit_audit_event (organization_id, action, id);
CREATE INDEX ix_orgkit_audit_event_occurred ON orgkit_audit_event (occurred_at);
