package io.orgkit.api.organization;

import java.util.Map;

/**
 * {@code GET /api/organizations/me/permissions}: what the caller may do in its current organization, so that a client
 * can show or hide controls without trying them.
 *
 * @param role        the role the caller holds there (a member's or an API key's); never {@code null}
 * @param permissions every permission of the catalog, the host application's too, in catalog order, each with whether
 *                    the role grants it; never {@code null}
 * @param sources     for each granted permission, where it comes from: {@code "system:<role>"} when a system role
 *                    grants it, {@code "org:<role>"} when the organization's own role of that name does (an
 *                    organization role shadows the system role of the same name); permissions not granted are absent
 */
public record PermissionMapView(String role, Map<String, Boolean> permissions, Map<String, String> sources) {
    /**
     * Copies the maps, keeping their order.
     */
    public PermissionMapView {
        permissions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(permissions));
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
    }
}
