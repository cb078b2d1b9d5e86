package io.orgkit.impl.organization;

import io.orgkit.api.organization.OrganizationFields;
import io.orgkit.api.organization.OrganizationRevision;
import io.orgkit.api.organization.OrganizationView;
import io.orgkit.impl.kernel.OrganizationEntity;

/**
 * Organizations as clients see them.
 */
final class OrganizationMapper {
    private OrganizationMapper() {
    }

    /**
     * @param organization the organization
     * @param privateToo   whether the reader is one of its Admins or the Super Admin, who read its private metadata
     */
    static OrganizationView view(OrganizationEntity organization, boolean privateToo) {
        OrganizationFields fields = organization.fields();
        return new OrganizationView(organization.id(), organization.name(), organization.slug(), organization.logo(),
                organization.timezone(), organization.createdAt(), organization.updatedAt(), fields.publicMetadata(),
                privateToo ? fields.privateMetadata() : null, fields.memberLimit(),
                organization.suspendedAt(), organization.deletedAt());
    }

    static OrganizationView consoleView(OrganizationEntity organization) {
        return view(organization, true);
    }

    static OrganizationRevision revision(OrganizationEntity organization, boolean privateToo) {
        return new OrganizationRevision(view(organization, privateToo), organization.version());
    }
}
