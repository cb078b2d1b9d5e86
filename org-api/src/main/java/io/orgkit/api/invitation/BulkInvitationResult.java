package io.orgkit.api.invitation;

import java.util.List;

import io.orgkit.api.error.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What became of one entry of a bulk invitation, in the order of the request.
 *
 * @param index      the entry's position in the request, from 0
 * @param email      the entry's email as sent (may be {@code null} or invalid when {@code result} is {@code invalid})
 * @param result     {@code created}; {@code already_member}; {@code pending} (the email already has a pending
 *                   invitation); {@code invalid} (see {@code errors}); {@code forbidden} (the role, the private
 *                   metadata or {@code sendEmail: false} is beyond the caller); {@code quota_exceeded} (the
 *                   inviter's or the organization's send quota is used up); {@code member_limit} (the organization is
 *                   full)
 * @param id         the created invitation's id when {@code created} (read it at
 *                   {@code /api/organizations/invitations/{id}}), otherwise {@code null}
 * @param errors     the field errors when {@code invalid}, otherwise {@code null}
 * @param detail     why, for a human, when not {@code created}; otherwise {@code null}
 */
public record BulkInvitationResult(
        @Schema(minimum = "0", maximum = "99") int index,
        @Schema(nullable = true) String email,
        @Schema(enumeration = {"created", "already_member", "pending", "invalid", "forbidden", "quota_exceeded",
                "member_limit"}) String result,
        @Schema(nullable = true, description = "the created invitation's id when created; else null") String id,
        @Schema(nullable = true) List<FieldError> errors,
        @Schema(nullable = true) String detail) {
}
