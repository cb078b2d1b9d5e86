package io.orgkit.app.testing.contract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP exchange as seen on the wire by a test's client: what was sent and what came back.
 *
 * @param method          the request method, upper case
 * @param uri             the absolute request URI
 * @param requestHeaders  the request headers (names case-insensitive)
 * @param requestBody     the request body, or {@code null} for none
 * @param status          the response status
 * @param responseHeaders the response headers (names case-insensitive)
 * @param responseBody    the response body, or {@code null} for none
 */
public record Exchange(String method, URI uri, Map<String, List<String>> requestHeaders, String requestBody,
                       int status, Map<String, List<String>> responseHeaders, String responseBody) {

    public Exchange {
        method = method.toUpperCase(Locale.ROOT);
        requestHeaders = caseInsensitive(requestHeaders);
        responseHeaders = caseInsensitive(responseHeaders);
    }

    /** The first value of a response header, or {@code null}. */
    public String responseHeader(String name) {
        List<String> values = responseHeaders.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** The same exchange with another response: what a test of the checker itself builds. */
    public Exchange withResponse(int status, Map<String, List<String>> headers, String body) {
        return new Exchange(method, uri, requestHeaders, requestBody, status, headers, body);
    }

    @Override
    public String toString() {
        return method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + " -> " + status;
    }

    private static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null) {
                    copy.computeIfAbsent(name, n -> new java.util.ArrayList<>()).addAll(values);
                }
            });
        }
        return copy;
    }
}
