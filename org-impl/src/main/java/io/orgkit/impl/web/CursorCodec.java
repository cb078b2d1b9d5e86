package io.orgkit.impl.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.impl.persistence.Ids;

/**
 * Opaque cursors of keyset pages: the last id of a page, encoded. Clients must not build them; a cursor that does not
 * decode is a 400.
 */
public final class CursorCodec {
    private static final String VERSION = "v1:";

    private CursorCodec() {
    }

    /**
     * @param lastId the id of the last item of a page
     * @return the cursor of the next page
     */
    public static String encode(String lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param cursor a cursor from a client, or {@code null}
     * @return the id to continue after, or {@code null} for the first page
     * @throws InvalidRequestException if the cursor does not decode
     */
    public static String decode(String cursor) {
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
}
