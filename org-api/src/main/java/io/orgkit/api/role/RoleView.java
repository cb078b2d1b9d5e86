package io.orgkit.api.role;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A role as the API shows it.
 *
 * @param id                the role's id: a fixed, well-known UUID for a system role (see {@link io.orgkit.api.permission.SystemRole#id()}), a
 *                          UUIDv7 for an organization role; never {@code null}
 * @param name              the canonical name; never {@code null}
 * @param description       what the role is for, or {@code null}
 * @param permissions       the permissions the role grants, in catalog order; never {@code null}, may be empty
 * @param system            {@code true} for a system role ({@code Admin}, {@code Member}, {@code Viewer}), which is
 *                          read-only
 * @param shadowsSystemRole {@code true} for an organization role that replaces the system role of the same name
 */
public record RoleView(String id, String name, @Schema(nullable = true) String description, List<String> permissions, boolean system,
                       boolean shadowsSystemRole) {
    /**
     * Copies the permissions.
     */
    public RoleView {
        permissions = List.copyOf(permissions);
    }
}
