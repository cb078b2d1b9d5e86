package io.orgkit.api.page;

import io.orgkit.api.error.InvalidRequestException;

/**
 * Which page to read: a keyset page, so every page costs what the first costs.
 *
 * @param limit  how many items, 1 to 100
 * @param cursor the {@code nextCursor} of the previous page, or {@code null} for the first page
 * @throws InvalidRequestException if the limit is outside 1 to 100 (field {@code limit})
 */
public record PageRequest(int limit, String cursor) {
    /** The page size when the client names none. */
    public static final int DEFAULT_LIMIT = 20;
    /** The largest page size. */
    public static final int MAX_LIMIT = 100;

    /**
     * Checks the limit.
     */
    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidRequestException.field("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (cursor != null && cursor.isBlank()) {
            cursor = null;
        }
    }

    /**
     * @return the first page of the default size
     */
    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, null);
    }
}
