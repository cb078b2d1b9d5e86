package io.orgkit.api.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/organizations/domains/{id}/code}: mail a verification code to an address at the domain.
 *
 * @param localPart required: the part before {@code @} of the address at the domain ({@code admin},
 *                  {@code postmaster}, {@code it-team}): letters, digits and {@code . _ + -}, at most 64 characters
 */
public record DomainCodeRequest(
        @NotNull @Pattern(regexp = LOCAL_PART)
        @Schema(required = true, example = "admin", pattern = LOCAL_PART, maxLength = 64) String localPart) {
    /** The local parts accepted. */
    public static final String LOCAL_PART = "^[A-Za-z0-9](?:[A-Za-z0-9._+-]{0,62}[A-Za-z0-9])?$";
}
