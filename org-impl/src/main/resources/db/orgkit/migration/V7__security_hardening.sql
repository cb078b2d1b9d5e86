-- Security hardening (audit of November 2026).

-- An organization may cap how long its API keys live, counted from each key's creation (NULL: no cap).
ALTER TABLE orgkit_organization ADD COLUMN api_key_max_lifetime_days INT NULL;
-- A key acts for its creator: it goes with the creator's user (it went on, creator-less, before).
ALTER TABLE orgkit_api_key DROP FOREIGN KEY fk_orgkit_api_key_creator;
ALTER TABLE orgkit_api_key ADD CONSTRAINT fk_orgkit_api_key_creator FOREIGN KEY (created_by_user_id)
    REFERENCES orgkit_user (id) ON DELETE CASCADE;
-- Revoking a departing member's keys finds them by creator.
CREATE INDEX ix_orgkit_api_key_creator ON orgkit_api_key (organization_id, created_by_user_id);

-- Throttle keys name an account and a client address together (an email of up to 254 characters, which H2 counts in
-- UTF-16 units, and an address of up to 100): wide enough for both. Each row says when it may be forgotten, since
-- windows differ by what is counted; the background purge deletes rows past it.
ALTER TABLE orgkit_throttle MODIFY throttle_key VARCHAR(700) NOT NULL;
ALTER TABLE orgkit_throttle ADD COLUMN expires_at DATETIME(6) NULL;
CREATE INDEX ix_orgkit_throttle_expiry ON orgkit_throttle (expires_at);

-- The background purge finds idle sessions, old replaced tokens and settled emails by time.
CREATE INDEX ix_orgkit_session_last_seen ON orgkit_session (last_seen_at);
CREATE INDEX ix_orgkit_invitation_replaced_token_at ON orgkit_invitation_replaced_token (replaced_at);
CREATE INDEX ix_orgkit_mail_outbox_created ON orgkit_mail_outbox (created_at);
-- Counters written before this version: forgotten a day after their window started (no window is longer).
UPDATE orgkit_throttle SET expires_at = window_started_at + INTERVAL '1' DAY;
