package io.orgkit.api.member;

import io.orgkit.api.validation.Metadata;
import io.orgkit.api.validation.RoleName;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PATCH /api/organizations/members/{memberId}}: what may change of a member, as a JSON merge patch (RFC 7396)
 * of these fields: an absent field stays, and the metadata objects merge (a member set to {@code null} is removed;
 * the whole object set to {@code null} is cleared). Any other field in the body is refused with 400.
 *
 * @param role            the name (any case) of a system role or of one of the organization's roles, at most 64
 *                        characters; stored with the role's canonical casing; cannot be cleared
 * @param publicMetadata  a JSON object of at most 8 KiB that whoever reads members reads
 * @param privateMetadata a JSON object of at most 8 KiB that only the organization's Admins and the Super Admin read
 *                        and write (403 for anyone else naming it)
 */
@Schema(description = "A JSON merge patch of a member's writable fields")
public record MemberFields(
        @NotNull(message = "cannot be cleared") @RoleName @Schema(minLength = 1, maxLength = RoleName.MAX) String role,
        @Metadata @Schema(type = SchemaType.OBJECT, nullable = true,
                description = "JSON object of at most 8 KiB (compact UTF-8)") JsonObject publicMetadata,
        @Metadata @Schema(type = SchemaType.OBJECT, nullable = true,
                description = "JSON object of at most 8 KiB (compact UTF-8); Admins and the Super Admin only")
        JsonObject privateMetadata) {
    /**
     * @param role the new role, the metadata left as it is
     */
    public MemberFields(String role) {
        this(role, null, null);
    }
}
