package io.orgkit.api.invitation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a bulk invitation: one result per entry, in the request's order.
 *
 * @param results the entries' results
 * @param created how many invitations were created
 */
public record BulkInvitationResponse(List<BulkInvitationResult> results,
                                     @Schema(minimum = "0", maximum = "100") int created) {
}
