package io.orgkit.api.role;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * {@code PATCH /api/organizations/roles/{id}}: a merge patch. A role's name is immutable: a body naming {@code name}, or
 * any other field not listed here, is refused with 400.
 *
 * @param description absent or {@code null}: unchanged; an empty or blank string: cleared; else at most 500 characters
 * @param permissions absent or {@code null}: unchanged; else the complete new set of catalog permission names (may be
 *                    empty)
 */
public record UpdateRoleRequest(@Schema(maxLength = 500) String description, List<String> permissions) {
}
