package io.orgkit.api.invitation;

import io.orgkit.api.validation.EmailAddress;
import io.orgkit.api.validation.Metadata;
import io.orgkit.api.validation.RoleName;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/organizations/invitations}, and one entry of {@code POST /api/organizations/invitations/bulk}.
 *
 * @param email           required: an email address, up to 254 characters; compared case-insensitively
 * @param role            optional: a role of the organization (system or its own), within the caller's permissions;
 *                        {@code null} means {@code Member}
 * @param redirectUrl     optional: where the recipient goes once accepted; must start with one of the
 *                        {@code org.invitations.redirect-allow-list} entries (422 otherwise); at most 2048 characters
 * @param publicMetadata  optional: the membership's public metadata once accepted, a JSON object of at most 8 KiB
 * @param privateMetadata optional: the membership's private metadata once accepted, a JSON object of at most 8 KiB;
 *                        only an Admin or the Super Admin may set it (403 otherwise)
 * @param sendEmail       optional, default {@code true}; {@code false} queues no email and answers the accept link
 *                        instead, for hosts that send their own mail; needs {@code invitations.link} (403 otherwise)
 */
public record CreateInvitationRequest(
        @NotNull @EmailAddress @Schema(required = true, format = "email", maxLength = EmailAddress.MAX) String email,
        @RoleName @Schema(minLength = 1, maxLength = RoleName.MAX, defaultValue = "Member") String role,
        @Size(max = 2048) @Schema(maxLength = 2048, format = "uri", nullable = true,
                description = "where the recipient goes once accepted; must match the redirect allow-list")
        String redirectUrl,
        @Metadata @Schema(type = SchemaType.OBJECT, nullable = true,
                description = "the membership's public metadata once accepted: a JSON object of at most 8 KiB")
        JsonObject publicMetadata,
        @Metadata @Schema(type = SchemaType.OBJECT, nullable = true,
                description = "the membership's private metadata once accepted (Admins only): at most 8 KiB")
        JsonObject privateMetadata,
        @Schema(defaultValue = "true", nullable = true,
                description = "false: no email is queued, the answer carries the accept link (needs invitations.link)")
        Boolean sendEmail) {

    /**
     * @param email the email
     * @param role  the role, or {@code null} for {@code Member}
     */
    public CreateInvitationRequest(String email, String role) {
        this(email, role, null, null, null, null);
    }

    /**
     * @return whether the invitation email is queued ({@code sendEmail} absent or {@code true})
     */
    public boolean emailed() {
        return sendEmail == null || sendEmail;
    }
}
