package io.orgkit.impl.webhook;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Webhooks and their deliveries. The dispatcher's changes are conditional updates whose count says whether they
 * happened, as for the mail outbox: that is what lets several nodes share the table.
 */
@ApplicationScoped
public class JpaWebhookStore {
    private static final String WEBHOOK_COLUMNS = "id, organization_id, url, events, secret, enabled, disabled_reason, "
            + "failing_since, created_at";
    private static final String DELIVERY_COLUMNS = "id, webhook_id, event_id, action, status, attempts, "
            + "last_response_code, last_error, next_attempt_at, created_at, delivered_at";

    @Inject
    @OrgUnit
    private EntityManager em;

    public void add(Webhook webhook) {
        em.createNativeQuery("INSERT INTO orgkit_webhook (" + WEBHOOK_COLUMNS + ") "
                        + "VALUES (?, ?, ?, ?, ?, TRUE, NULL, NULL, ?)")
                .setParameter(1, webhook.id())
                .setParameter(2, webhook.organizationId())
                .setParameter(3, webhook.url())
                .setParameter(4, String.join(" ", webhook.events()))
                .setParameter(5, webhook.secret())
                .setParameter(6, utc(webhook.createdAt()))
                .executeUpdate();
    }

    public Optional<Webhook> find(String organizationId, String id) {
        return webhooks(em.createNativeQuery("SELECT " + WEBHOOK_COLUMNS + " FROM orgkit_webhook "
                + "WHERE organization_id = ? AND id = ?").setParameter(1, organizationId).setParameter(2, id))
                .stream().findFirst();
    }

    public Optional<Webhook> findById(String id) {
        return webhooks(em.createNativeQuery("SELECT " + WEBHOOK_COLUMNS + " FROM orgkit_webhook WHERE id = ?")
                .setParameter(1, id)).stream().findFirst();
    }

    public List<Webhook> page(String organizationId, String afterId, int limit) {
        return webhooks(em.createNativeQuery("SELECT " + WEBHOOK_COLUMNS + " FROM orgkit_webhook "
                        + "WHERE organization_id = ? AND id > ? ORDER BY id")
                .setParameter(1, organizationId)
                .setParameter(2, afterId == null ? "" : afterId)
                .setMaxResults(limit + 1));
    }

    public List<Webhook> enabled(String organizationId) {
        return webhooks(em.createNativeQuery("SELECT " + WEBHOOK_COLUMNS + " FROM orgkit_webhook "
                + "WHERE organization_id = ? AND enabled = TRUE ORDER BY id").setParameter(1, organizationId));
    }

    /** Changes what an Admin may change; enabling forgets why it was disabled and since when it failed. */
    public void update(String id, String url, List<String> events, boolean enabled) {
        em.createNativeQuery("UPDATE orgkit_webhook SET url = ?, events = ?, enabled = ?"
                        + (enabled ? ", disabled_reason = NULL, failing_since = NULL" : "") + " WHERE id = ?")
                .setParameter(1, url)
                .setParameter(2, String.join(" ", events))
                .setParameter(3, enabled)
                .setParameter(4, id)
                .executeUpdate();
    }

    public void delete(String id) {
        em.createNativeQuery("DELETE FROM orgkit_webhook WHERE id = ?").setParameter(1, id).executeUpdate();
    }

    public void addDelivery(String id, String webhookId, String eventId, String action, String payload, Instant now) {
        em.createNativeQuery("INSERT INTO orgkit_webhook_delivery (id, webhook_id, event_id, action, payload, status, "
                        + "attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .setParameter(1, id)
                .setParameter(2, webhookId)
                .setParameter(3, eventId)
                .setParameter(4, action)
                .setParameter(5, payload)
                .setParameter(6, utc(now))
                .setParameter(7, utc(now))
                .executeUpdate();
    }

    /** @return the webhook's deliveries, newest first, up to {@code limit + 1} */
    public List<Delivery> deliveries(String webhookId, String beforeId, int limit) {
        return deliveries(em.createNativeQuery("SELECT " + DELIVERY_COLUMNS + " FROM orgkit_webhook_delivery "
                        + "WHERE webhook_id = ?" + (beforeId == null ? "" : " AND id < ?") + " ORDER BY id DESC")
                .setParameter(1, webhookId)
                .setMaxResults(limit + 1), beforeId);
    }

    public Optional<Delivery> delivery(String webhookId, String id) {
        return deliveries(em.createNativeQuery("SELECT " + DELIVERY_COLUMNS + " FROM orgkit_webhook_delivery "
                + "WHERE webhook_id = ? AND id = ?").setParameter(1, webhookId).setParameter(2, id), null)
                .stream().findFirst();
    }

    /** Makes a delivery pending and due now, keeping its id and its attempts. */
    public void redeliver(String id, Instant now) {
        em.createNativeQuery("UPDATE orgkit_webhook_delivery SET status = 'PENDING', next_attempt_at = ?, "
                        + "claimed_by = NULL, claimed_until = NULL WHERE id = ?")
                .setParameter(1, utc(now))
                .setParameter(2, id)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> dueIds(Instant now, int limit) {
        return em.createNativeQuery("SELECT d.id FROM orgkit_webhook_delivery d JOIN orgkit_webhook w "
                        + "ON w.id = d.webhook_id WHERE w.enabled = TRUE AND d.status = 'PENDING' "
                        + "AND d.next_attempt_at <= ? AND (d.claimed_until IS NULL OR d.claimed_until < ?) "
                        + "ORDER BY d.next_attempt_at, d.id")
                .setParameter(1, utc(now))
                .setParameter(2, utc(now))
                .setMaxResults(limit)
                .getResultList();
    }

    public boolean claim(String id, String nodeId, Instant now, Instant until) {
        return em.createNativeQuery("UPDATE orgkit_webhook_delivery SET claimed_by = ?, claimed_until = ? WHERE id = ? "
                        + "AND status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)")
                .setParameter(1, nodeId)
                .setParameter(2, utc(until))
                .setParameter(3, id)
                .setParameter(4, utc(now))
                .setParameter(5, utc(now))
                .executeUpdate() == 1;
    }

    /** @return the claimed delivery's webhook id and payload */
    public Optional<Object[]> claimed(String id, String nodeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT webhook_id, payload, attempts FROM orgkit_webhook_delivery "
                        + "WHERE id = ? AND claimed_by = ?")
                .setParameter(1, id)
                .setParameter(2, nodeId)
                .getResultList();
        return rows.stream().findFirst();
    }

    public boolean markDelivered(String id, String nodeId, int code, Instant now) {
        return em.createNativeQuery("UPDATE orgkit_webhook_delivery SET status = 'DELIVERED', delivered_at = ?, "
                        + "attempts = attempts + 1, last_response_code = ?, last_error = NULL, claimed_by = NULL, "
                        + "claimed_until = NULL WHERE id = ? AND claimed_by = ? AND status = 'PENDING'")
                .setParameter(1, utc(now))
                .setParameter(2, code)
                .setParameter(3, id)
                .setParameter(4, nodeId)
                .executeUpdate() == 1;
    }

    public void markFailed(String id, String nodeId, Integer code, String error, Instant next, boolean giveUp) {
        em.createNativeQuery("UPDATE orgkit_webhook_delivery SET status = ?, attempts = attempts + 1, "
                        + "last_response_code = " + (code == null ? "NULL" : String.valueOf(code.intValue()))
                        + ", last_error = ?, next_attempt_at = ?, claimed_by = NULL, "
                        + "claimed_until = NULL WHERE id = ? AND claimed_by = ? AND status = 'PENDING'")
                .setParameter(1, giveUp ? "FAILED" : "PENDING")
                .setParameter(2, error)
                .setParameter(3, utc(next))
                .setParameter(4, id)
                .setParameter(5, nodeId)
                .executeUpdate();
    }

    /** Remembers since when a webhook fails, unless it already did. */
    public void failingSince(String webhookId, Instant now) {
        em.createNativeQuery("UPDATE orgkit_webhook SET failing_since = ? WHERE id = ? AND failing_since IS NULL")
                .setParameter(1, utc(now))
                .setParameter(2, webhookId)
                .executeUpdate();
    }

    public void succeeded(String webhookId) {
        em.createNativeQuery("UPDATE orgkit_webhook SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL")
                .setParameter(1, webhookId)
                .executeUpdate();
    }

    /** Disables a webhook that failed since before {@code failingBefore}; its pending deliveries are given up. */
    public boolean disableIfFailingSince(String webhookId, Instant failingBefore, String reason) {
        boolean disabled = em.createNativeQuery("UPDATE orgkit_webhook SET enabled = FALSE, disabled_reason = ? "
                        + "WHERE id = ? AND enabled = TRUE AND failing_since < ?")
                .setParameter(1, reason)
                .setParameter(2, webhookId)
                .setParameter(3, utc(failingBefore))
                .executeUpdate() == 1;
        if (disabled) {
            em.createNativeQuery("UPDATE orgkit_webhook_delivery SET status = 'FAILED', claimed_by = NULL, "
                            + "claimed_until = NULL WHERE webhook_id = ? AND status = 'PENDING'")
                    .setParameter(1, webhookId)
                    .executeUpdate();
        }
        return disabled;
    }

    public int deleteSettledBefore(Instant before, int limit) {
        return em.createNativeQuery("DELETE FROM orgkit_webhook_delivery WHERE status <> 'PENDING' AND created_at < ? "
                        + "LIMIT " + limit)
                .setParameter(1, utc(before))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<Webhook> webhooks(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Webhook((String) r[0], (String) r[1], (String) r[2],
                ((String) r[3]).isBlank() ? List.of() : Arrays.asList(((String) r[3]).split(" ")), (String) r[4],
                bool(r[5]), (String) r[6], instant(r[7]), instant(r[8]))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Delivery> deliveries(Query query, String beforeId) {
        if (beforeId != null) {
            query.setParameter(2, beforeId);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Delivery((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).intValue(), r[6] == null ? null : ((Number) r[6]).intValue(),
                (String) r[7], instant(r[8]), instant(r[9]), instant(r[10]))).toList();
    }

    private static boolean bool(Object value) {
        return Boolean.TRUE.equals(value) || value instanceof Number n && n.intValue() != 0;
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }

    /**
     * A webhook as stored.
     */
    public record Webhook(String id, String organizationId, String url, List<String> events, String secret,
                          boolean enabled, String disabledReason, Instant failingSince, Instant createdAt) {

        /** @return whether it receives the action */
        public boolean wants(String action) {
            return events.isEmpty() || events.stream().anyMatch(e -> e.endsWith(".") ? action.startsWith(e)
                    : action.equals(e));
        }
    }

    /**
     * A delivery as stored (without its payload).
     */
    public record Delivery(String id, String webhookId, String eventId, String action, String status, int attempts,
                           Integer lastResponseCode, String lastError, Instant nextAttemptAt, Instant createdAt,
                           Instant deliveredAt) {
    }
}
