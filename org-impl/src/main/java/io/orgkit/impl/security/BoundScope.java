package io.orgkit.impl.security;

import java.util.function.Supplier;

import io.orgkit.api.scope.OrganizationScope;

/**
 * The organization a resource is bound to, found out once, when first needed: for a {@code /me} route that is after the
 * gate has checked what it can without it (a role the caller lacks is a 403 even when the caller has no active
 * organization, which is a 404).
 */
public final class BoundScope implements Supplier<OrganizationScope> {
    private final Supplier<OrganizationScope> source;
    private OrganizationScope scope;

    private BoundScope(Supplier<OrganizationScope> source) {
        this.source = source;
    }

    /**
     * @param source where the scope comes from (it may throw 401 or 404)
     * @return the scope, resolved on first use
     */
    public static BoundScope lazily(Supplier<OrganizationScope> source) {
        return new BoundScope(source);
    }

    /**
     * @param scope a scope already known
     * @return it
     */
    public static BoundScope of(OrganizationScope scope) {
        BoundScope bound = new BoundScope(() -> scope);
        bound.scope = scope;
        return bound;
    }

    @Override
    public OrganizationScope get() {
        if (scope == null) {
            scope = source.get();
        }
        return scope;
    }
}
