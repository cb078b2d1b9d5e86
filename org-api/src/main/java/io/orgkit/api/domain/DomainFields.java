package io.orgkit.api.domain;

import io.orgkit.api.validation.RoleName;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What may change of a claimed domain, as a JSON merge patch: its enrollment.
 *
 * @param enrollmentMode {@code manual}, {@code invitation} or {@code join}; cannot be cleared
 * @param defaultRole    the role a user joining by the domain gets, a role of the organization; cannot be cleared
 */
@Schema(description = "The writable fields of a domain; a PATCH body names any of them (JSON merge patch)")
public record DomainFields(
        @NotNull(message = "cannot be cleared") @Pattern(regexp = EnrollmentMode.PATTERN)
        @Schema(enumeration = {"manual", "invitation", "join"}, maxLength = 10) String enrollmentMode,
        @NotNull(message = "cannot be cleared") @RoleName
        @Schema(minLength = 1, maxLength = RoleName.MAX) String defaultRole) {
}
