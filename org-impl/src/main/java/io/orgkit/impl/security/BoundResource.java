package io.orgkit.impl.security;

import io.orgkit.api.scope.OrganizationScope;

/**
 * A resource that a route binds to the organization it serves before JAX-RS invokes it (see
 * {@code routing.OrganizationRoutes}): the same class serves the caller's own organization and, for the Super Admin
 * console, the one named in the path.
 *
 * @param <R> the resource itself, so that {@link #bind} returns it to the route
 */
public abstract class BoundResource<R extends BoundResource<R>> implements ScopedResource {
    private BoundScope scope;

    /**
     * @param scope the organization this resource serves
     * @return this resource, bound to it
     */
    @SuppressWarnings("unchecked")
    public R bind(BoundScope scope) {
        this.scope = scope;
        return (R) this;
    }

    @Override
    public OrganizationScope scope() {
        return scope.get();
    }
}
