package io.orgkit.api.permission;

import java.util.Collection;

/**
 * The extension point through which a host application adds permissions of its own.
 *
 * <p>Declare a CDI bean (for example {@code @ApplicationScoped}) implementing this interface. Its permissions join
 * the catalog at start-up: the {@code Admin} role holds them, organization roles may grant them, the permission map
 * lists them, and {@link RequiresPermission} accepts them. A name that clashes with a built-in permission, or that
 * two contributors both declare, stops the start-up with an error.
 */
public interface PermissionContributor {
    /**
     * @return the permissions to add; never {@code null}, may be empty
     */
    Collection<PermissionDefinition> permissions();
}
