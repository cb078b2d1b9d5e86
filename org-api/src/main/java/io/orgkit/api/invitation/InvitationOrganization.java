package io.orgkit.api.invitation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The organization an invitation leads to, as shown to its recipient.
 *
 * @param id   UUID
 * @param name its name
 * @param logo its logo URL, or {@code null}
 */
public record InvitationOrganization(String id, String name, @Schema(nullable = true) String logo) {
}
