package io.orgkit.api.member;

import java.time.Instant;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member of the caller's organization, as the API shows it.
 *
 * @param id       the membership's id (UUID): what {@code /api/organizations/members/{memberId}} takes; never {@code null}
 * @param userId   the user's platform-wide id; never {@code null}
 * @param email    the user's email, lower case; never {@code null}
 * @param name     the user's display name; never {@code null}
 * @param role     the canonical name of the role held (a system role or an organization role); never {@code null}
 * @param joinedAt when the user joined the organization; never {@code null}
 * @param publicMetadata  the host's JSON object on the membership ({@code {}} when none); never {@code null}
 * @param privateMetadata the host's JSON object for Admins and the Super Admin ({@code {}} when none); {@code null}
 *                        for every other caller
 */
public record MemberView(String id, String userId, String email, String name, String role, Instant joinedAt,
                         @Schema(type = SchemaType.OBJECT) JsonObject publicMetadata,
                         @Schema(type = SchemaType.OBJECT, nullable = true,
                                 description = "Only for the organization's Admins and the Super Admin")
                         JsonObject privateMetadata) {
}
