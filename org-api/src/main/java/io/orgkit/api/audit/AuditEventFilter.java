package io.orgkit.api.audit;

import java.time.Instant;

/**
 * Which audit events to list; every part is optional and the parts that are given must all match.
 *
 * @param action     an action name, or a prefix ending in a dot ({@code member.}); {@code null} for any
 * @param actorId    the acting user's or API key's id (a user's id also matches the keys that user created);
 *                   {@code null} for any
 * @param targetType a target type ({@code member}); {@code null} for any
 * @param targetId   a target's id; {@code null} for any
 * @param from       the earliest time, inclusive; {@code null} for no bound
 * @param to         the latest time, exclusive; {@code null} for no bound
 */
public record AuditEventFilter(String action, String actorId, String targetType, String targetId, Instant from,
                               Instant to) {

    /**
     * @return a filter that lets every event through
     */
    public static AuditEventFilter none() {
        return new AuditEventFilter(null, null, null, null, null, null);
    }
}
