package io.orgkit.api.organization;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organization as clients see it.
 *
 * @param id        UUID (UUIDv7, time-ordered); never {@code null}
 * @param name      1 to 100 characters, trimmed; never {@code null}
 * @param slug      its unique, URL-safe name (lower-case ASCII letters, digits, hyphens); never {@code null}
 * @param logo      an absolute http(s) URL of at most 2048 characters, or {@code null} for none
 * @param timezone  an IANA region id such as {@code Europe/Paris}, or {@code UTC}; never {@code null}
 * @param createdAt when it was created (UTC)
 * @param updatedAt when its name, logo or timezone last changed (UTC)
 */
public record OrganizationView(String id, String name, String slug, @Schema(nullable = true) String logo, String timezone, Instant createdAt,
                               Instant updatedAt) {
}
