package io.orgkit.impl.domain;

import io.orgkit.api.domain.DomainView;

/**
 * Domains as clients see them.
 */
final class DomainMapper {
    /** The TXT record's name is this label under the domain. */
    static final String RECORD_LABEL = "_orgkit-verification.";
    /** The TXT record's value is this prefix and the domain's token. */
    static final String RECORD_PREFIX = "orgkit-verification=";

    private DomainMapper() {
    }

    static DomainView view(DomainEntity domain) {
        return new DomainView(domain.id(), domain.domain(), domain.isVerified() ? "verified" : "pending",
                domain.verifiedBy(), RECORD_LABEL + domain.domain(), RECORD_PREFIX + domain.verificationToken(),
                domain.enrollmentMode(), domain.defaultRole(), domain.createdAt(), domain.verifiedAt());
    }
}
