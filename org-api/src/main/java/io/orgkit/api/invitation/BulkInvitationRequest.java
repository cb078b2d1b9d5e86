package io.orgkit.api.invitation;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/organizations/invitations/bulk}. The list itself is checked as a whole (400: missing, empty, over
 * {@value #MAX} entries, or a {@code null} entry); each entry is checked on its own and an invalid one is answered
 * {@code invalid} in its result, the others still invited.
 *
 * @param invitations required: 1 to {@value #MAX} invitations, each as {@link CreateInvitationRequest}
 */
public record BulkInvitationRequest(
        @NotNull @Size(min = 1, max = MAX) @Schema(required = true, minItems = 1, maxItems = MAX)
        List<@NotNull CreateInvitationRequest> invitations) {
    /** The most invitations one request may carry. */
    public static final int MAX = 100;
}
