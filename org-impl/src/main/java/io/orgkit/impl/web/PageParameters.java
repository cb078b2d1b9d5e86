package io.orgkit.impl.web;

import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.page.PageRequest;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?limit=&cursor=} of every list, read as text so that a bad number is our 400, not JAX-RS's 404.
 */
public class PageParameters {
    /** Longer than any cursor this API issues (the base64url of an id). */
    private static final int CURSOR_MAX = 100;

    @QueryParam("limit")
    @Parameter(description = "Items per page, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "1", maximum = "100", defaultValue = "20"))
    private String limit;
    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page", schema = @Schema(type = SchemaType.STRING,
            maxLength = CURSOR_MAX))
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
