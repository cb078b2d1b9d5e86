package io.orgkit.impl.web;

import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.page.PageRequest;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?limit=&cursor=} of every list, read as text so that a bad number is our 400, not JAX-RS's 404.
 */
public class PageParameters {
    @QueryParam("limit")
    private String limit;
    @QueryParam("cursor")
    private String cursor;

    /**
     * @return the page asked for
     * @throws InvalidRequestException if the limit is not a whole number from 1 to 100
     */
    public PageRequest toPageRequest() {
        if (limit == null || limit.isBlank()) {
            return new PageRequest(PageRequest.DEFAULT_LIMIT, cursor);
        }
        try {
            return new PageRequest(Integer.parseInt(limit.trim()), cursor);
        } catch (NumberFormatException e) {
            throw InvalidRequestException.field("limit", "must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
        }
    }
}
