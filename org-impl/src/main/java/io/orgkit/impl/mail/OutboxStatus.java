package io.orgkit.impl.mail;

/**
 * The life of an outbox row.
 */
public enum OutboxStatus {
    /** Waiting to be sent, or to be retried at {@code next_attempt_at}. */
    PENDING,
    /** Handed to the SMTP server (or the log). */
    SENT,
    /** Not to be sent any more: its invitation was revoked or re-sent with a new token. */
    CANCELLED,
    /** Given up after the maximum number of attempts. */
    FAILED
}
