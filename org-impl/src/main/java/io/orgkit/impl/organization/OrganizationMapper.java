package io.orgkit.impl.organization;

import io.orgkit.api.organization.OrganizationRevision;
import io.orgkit.api.organization.OrganizationView;
import io.orgkit.impl.kernel.OrganizationEntity;

/**
 * Organizations as clients see them.
 */
final class OrganizationMapper {
    private OrganizationMapper() {
    }

    static OrganizationView view(OrganizationEntity organization) {
        return new OrganizationView(organization.id(), organization.name(), organization.slug(), organization.logo(),
                organization.timezone(), organization.createdAt(), organization.updatedAt());
    }

    static OrganizationRevision revision(OrganizationEntity organization) {
        return new OrganizationRevision(view(organization), organization.version());
    }
}
