package io.orgkit.api.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One field's value before and after a change, as text: a set of permissions is its names in catalog order, separated
 * by spaces. Secrets (passwords, tokens, keys) are never recorded, not even hashed.
 *
 * @param before the value before, or {@code null} (none, or the thing was created)
 * @param after  the value after, or {@code null} (cleared, or the thing was deleted)
 */
public record FieldChange(@Schema(nullable = true) String before, @Schema(nullable = true) String after) {
}
