package io.orgkit.impl.web;

import io.orgkit.api.error.InvalidRequestException;

/**
 * Request bodies that must be present.
 */
public final class RequestBodies {
    private RequestBodies() {
    }

    /**
     * @param body the deserialized body, {@code null} when the request had none
     * @param <T>  its type
     * @return the body
     * @throws InvalidRequestException if there was none
     */
    public static <T> T require(T body) {
        if (body == null) {
            throw InvalidRequestException.field("body", "a JSON object is required");
        }
        return body;
    }
}
