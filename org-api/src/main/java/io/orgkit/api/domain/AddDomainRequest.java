package io.orgkit.api.domain;

import io.orgkit.api.validation.RoleName;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/organizations/domains}: an Admin claims a domain; it stays pending until verified.
 *
 * @param domain         required: a domain name such as {@code acme.com} or {@code eng.acme.com} (any case; an
 *                       internationalized name is stored in its {@code xn--} form), at most 253 characters; public
 *                       suffixes ({@code co.uk}, {@code github.io}) and free-mail domains ({@code gmail.com}) are
 *                       refused with 422
 * @param enrollmentMode optional: {@code manual} (the default), {@code invitation} or {@code join}
 * @param defaultRole    optional: the role a user joining by this domain gets (default {@code Member}); at most 64
 *                       characters, a role of the organization
 */
public record AddDomainRequest(
        @NotNull @Size(min = 1, max = DomainView.DOMAIN_MAX)
        @Schema(required = true, example = "acme.com", minLength = 1, maxLength = DomainView.DOMAIN_MAX) String domain,
        @Pattern(regexp = EnrollmentMode.PATTERN)
        @Schema(enumeration = {"manual", "invitation", "join"}, defaultValue = "manual", maxLength = 10)
        String enrollmentMode,
        @RoleName @Schema(defaultValue = "Member", minLength = 1, maxLength = RoleName.MAX) String defaultRole) {
}
