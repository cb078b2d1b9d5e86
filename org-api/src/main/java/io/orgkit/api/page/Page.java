package io.orgkit.api.page;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: every list of the API answers this shape.
 *
 * @param data       the items, in ascending id order (ids are time-ordered); never {@code null}, may be empty
 * @param nextCursor the opaque cursor of the next page, or {@code null} when this is the last page
 * @param <T>        the item type
 */
public record Page<T>(
        @Schema(maxItems = PageRequest.MAX_LIMIT) List<T> data,
        @Schema(nullable = true, description = "the cursor of the next page; null on the last page") String nextCursor) {
    /**
     * Copies the items.
     */
    public Page {
        data = List.copyOf(data);
    }
}
