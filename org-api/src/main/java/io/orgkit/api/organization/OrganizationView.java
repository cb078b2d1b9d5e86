package io.orgkit.api.organization;

import java.time.Instant;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
 * @param updatedAt when one of its writable fields last changed (UTC)
 * @param publicMetadata  the host's JSON object that every member reads ({@code {}} when none); never {@code null}
 * @param privateMetadata the host's JSON object for Admins and the Super Admin ({@code {}} when none); {@code null}
 *                        for every other caller
 * @param memberLimit     at most this many members and pending invitations together; {@code null} for no limit
 * @param suspendedAt     since when a Super Admin has suspended it (UTC); {@code null} when it is not suspended
 * @param deletedAt       when it was deleted (UTC), shown to the Super Admin until it is restored or purged;
 *                        {@code null} when it is not deleted
 */
public record OrganizationView(String id, String name, String slug, @Schema(nullable = true) String logo, String timezone, Instant createdAt,
                               Instant updatedAt,
                               @Schema(type = SchemaType.OBJECT) JsonObject publicMetadata,
                               @Schema(type = SchemaType.OBJECT, nullable = true,
                                       description = "Only for the organization's Admins and the Super Admin")
                               JsonObject privateMetadata,
                               @Schema(nullable = true, minimum = "1", maximum = "1000000") Integer memberLimit,
                               @Schema(nullable = true) Instant suspendedAt,
                               @Schema(nullable = true) Instant deletedAt) {
}
