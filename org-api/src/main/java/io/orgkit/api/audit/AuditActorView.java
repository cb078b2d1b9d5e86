package io.orgkit.api.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who did what an audit event records.
 *
 * @param type       {@code user} (a session or an identity provider token), {@code api_key}, {@code system} (the host application's own code) or
 *                   {@code anonymous} (a failed login); never {@code null}
 * @param id         the user's id for {@code user}, the key's id for {@code api_key}; otherwise {@code null}
 * @param userId     the user behind it: the session's user, or the user who created the API key; may be {@code null}
 * @param name       how it was shown at the time (an email, {@code API key <name>}, a job's name); may be {@code null}
 * @param superAdmin whether it acted with the platform's Super Admin flag
 */
public record AuditActorView(
        @Schema(enumeration = {"user", "api_key", "system", "anonymous"}) String type,
        @Schema(nullable = true) String id,
        @Schema(nullable = true) String userId,
        @Schema(nullable = true) String name,
        boolean superAdmin) {
}
