package io.orgkit.api.role;

import java.util.List;

import io.orgkit.api.validation.FreeText;
import io.orgkit.api.validation.RoleName;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/organizations/roles}.
 *
 * @param name        required: 1 to 64 characters after trimming, unique in the organization case-insensitively. A
 *                    system role's name ({@code Member}, {@code Viewer}) creates a role that shadows it and is stored
 *                    with the system role's casing; {@code Admin} and {@code Super Admin} are refused (422).
 * @param description optional: at most 500 characters; blank means none
 * @param permissions required (may be empty): catalog permission names; duplicates are ignored
 */
public record CreateRoleRequest(
        @NotNull @RoleName @Schema(required = true, minLength = 1, maxLength = RoleName.MAX) String name,
        @FreeText(max = RoleFields.DESCRIPTION_MAX) @Schema(maxLength = RoleFields.DESCRIPTION_MAX) String description,
        @NotNull @Size(max = RoleFields.PERMISSIONS_MAX)
        @Schema(required = true, maxItems = RoleFields.PERMISSIONS_MAX)
        List<@NotNull @Size(max = RoleFields.PERMISSION_NAME_MAX) String> permissions) {
}
