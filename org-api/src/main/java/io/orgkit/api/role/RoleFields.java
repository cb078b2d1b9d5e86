package io.orgkit.api.role;

import java.util.List;

import io.orgkit.api.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client may change of an organization role, and so what a {@code PATCH} (a JSON merge patch, RFC 7396) may
 * name. A role's name is immutable: a patch naming {@code name}, or any other member, is refused with 400.
 *
 * @param description at most 500 characters; {@code null} or blank for none
 * @param permissions the complete set of catalog permission names the role grants (may be empty); cannot be cleared
 */
@Schema(description = "The writable fields of a role; a PATCH body names any of them (JSON merge patch)")
public record RoleFields(
        @FreeText(max = DESCRIPTION_MAX) @Schema(maxLength = DESCRIPTION_MAX, nullable = true) String description,
        @NotNull(message = "cannot be cleared; send [] to grant nothing") @Size(max = PERMISSIONS_MAX)
        @Schema(maxItems = PERMISSIONS_MAX) List<@NotNull @Size(max = PERMISSION_NAME_MAX) String> permissions) {

    /** The longest description. */
    public static final int DESCRIPTION_MAX = 500;
    /** The longest permission name a role may list. */
    public static final int PERMISSION_NAME_MAX = 100;
    /** The most permissions one role may list. */
    public static final int PERMISSIONS_MAX = 1000;
}
