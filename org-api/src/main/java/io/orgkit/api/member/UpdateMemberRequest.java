package io.orgkit.api.member;

import io.orgkit.api.validation.RoleName;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PATCH /api/organizations/members/{memberId}}: the only writable field of a member is its role. Any other field
 * in the body is refused with 400.
 *
 * @param role required: the name (any case) of a system role or of one of the organization's roles, at most 64
 *             characters; stored with the role's canonical casing
 */
public record UpdateMemberRequest(
        @NotNull @RoleName @Schema(required = true, minLength = 1, maxLength = RoleName.MAX) String role) {
}
