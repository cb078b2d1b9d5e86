package io.orgkit.api.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/organizations/domains/{id}/verify}: prove control of the domain.
 *
 * @param method required: {@code dns} (the TXT record named in the domain is looked up now) or {@code email} (the code
 *               mailed by {@code POST …/code})
 * @param code   with {@code email}: the 8-digit code from the email
 */
public record VerifyDomainRequest(
        @NotNull @Pattern(regexp = "^(dns|email)$")
        @Schema(required = true, enumeration = {"dns", "email"}, maxLength = 5) String method,
        @Pattern(regexp = "^[0-9]{8}$") @Schema(pattern = "^[0-9]{8}$", maxLength = 8) String code) {
}
