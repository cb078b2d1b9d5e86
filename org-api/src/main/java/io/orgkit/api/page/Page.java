package io.orgkit.api.page;

import java.util.List;

/**
 * One page of a list: every list of the API answers this shape.
 *
 * @param data       the items, in ascending id order (ids are time-ordered); never {@code null}, may be empty
 * @param nextCursor the opaque cursor of the next page, or {@code null} when this is the last page
 * @param <T>        the item type
 */
public record Page<T>(List<T> data, String nextCursor) {
    /**
     * Copies the items.
     */
    public Page {
        data = List.copyOf(data);
    }
}
