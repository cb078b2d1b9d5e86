package io.orgkit.impl.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;

/**
 * Keyset pages: every list is read as {@code WHERE id > :after ORDER BY id LIMIT limit + 1}, and its cursor is the last
 * id of a page, encoded. Clients must not build cursors; one that does not decode is a 400.
 */
public final class Keyset {
    private static final String VERSION = "v1:";

    private Keyset() {
    }

    /**
     * @param page the page asked for
     * @return the id to continue after, or {@code null} for the first page
     * @throws InvalidRequestException if the cursor does not decode (field {@code cursor})
     */
    public static String after(PageRequest page) {
        String cursor = page.cursor();
        if (cursor == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(VERSION) && Ids.isWellFormed(decoded.substring(VERSION.length()))) {
                return decoded.substring(VERSION.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same answer as any other undecodable cursor
        }
        throw InvalidRequestException.field("cursor", "is not a cursor this API issued");
    }

    /**
     * @param rows  up to {@code limit + 1} rows in id order, as a keyset query read them
     * @param limit the page size
     * @param view  maps a row to what the page shows
     * @param id    the id of a shown item
     * @param <R>   the row type
     * @param <T>   the item type
     * @return the page, with the next page's cursor when a row beyond the limit was read
     */
    public static <R, T> Page<T> page(List<R> rows, int limit, Function<R, T> view, Function<T, String> id) {
        List<T> data = rows.stream().limit(limit).map(view).toList();
        boolean more = rows.size() > limit;
        return new Page<>(data, more ? cursor(id.apply(data.getLast())) : null);
    }

    /**
     * @param lastId the id of the last item of a page
     * @return the cursor of the next page
     */
    public static String cursor(String lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + lastId).getBytes(StandardCharsets.UTF_8));
    }
}
