package io.orgkit.api.role;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * {@code POST /api/organizations/roles}.
 *
 * @param name        required: 1 to 64 characters after trimming, unique in the organization case-insensitively. A
 *                    system role's name ({@code Member}, {@code Viewer}) creates a role that shadows it and is stored
 *                    with the system role's casing; {@code Admin} and {@code Super Admin} are refused (422).
 * @param description optional: at most 500 characters; blank means none
 * @param permissions required (may be empty): catalog permission names; duplicates are ignored
 */
public record CreateRoleRequest(@Schema(required = true, minLength = 1, maxLength = 64) String name, @Schema(maxLength = 500) String description, @Schema(required = true) List<String> permissions) {
}
