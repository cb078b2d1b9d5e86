package io.orgkit.impl.security;

import io.orgkit.api.scope.OrganizationScope;

/**
 * A resource bound to the organization it serves: the caller's own for the {@code /me} routes, the one named in the
 * path for the Super Admin console. Its gates are checked against that scope.
 */
public interface ScopedResource {

    /**
     * @return the organization, and the actor's rights there
     */
    OrganizationScope scope();
}
