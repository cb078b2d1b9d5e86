package io.orgkit.api.domain;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A domain an organization claims.
 *
 * @param id              UUID; never {@code null}
 * @param domain          the domain, lower case, internationalized names in their {@code xn--} form; never {@code null}
 * @param status          {@code pending} or {@code verified}; never {@code null}
 * @param verifiedBy      how it was verified: {@code dns} or {@code email}; {@code null} while pending
 * @param dnsRecordName   the name of the TXT record that proves control: {@code _orgkit-verification.<domain>}
 * @param dnsRecordValue  the value that TXT record must hold; never {@code null}
 * @param enrollmentMode  {@code manual}, {@code invitation} or {@code join}; never {@code null}
 * @param defaultRole     the role a user joining by this domain gets; never {@code null}
 * @param createdAt       when it was claimed
 * @param verifiedAt      when it was verified; {@code null} while pending
 */
public record DomainView(String id, String domain, String status, @Schema(nullable = true) String verifiedBy,
                         String dnsRecordName, String dnsRecordValue, String enrollmentMode, String defaultRole,
                         Instant createdAt, @Schema(nullable = true) Instant verifiedAt) {
    /** The longest domain name (RFC 1035). */
    public static final int DOMAIN_MAX = 253;
}
