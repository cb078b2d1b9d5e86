package io.orgkit.impl.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.orgkit.api.error.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * RFC 9457 problem documents. Built as ordered maps so that absent members are absent, not {@code null}.
 */
public final class Problems {
    /** {@code application/problem+json}. */
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problems() {
    }

    /**
     * @param status the HTTP status
     * @param title  the short summary; {@code null} for the status's reason phrase
     * @param detail the explanation for this occurrence
     * @return the problem document
     */
    public static Map<String, Object> of(int status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:orgkit:problem:" + slug(status));
        problem.put("title", title != null ? title : reason(status));
        problem.put("status", status);
        problem.put("detail", detail);
        return problem;
    }

    /**
     * Adds the invalid fields.
     *
     * @param problem a problem document
     * @param errors  the fields
     */
    public static void withErrors(Map<String, Object> problem, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            problem.put("errors", errors.stream()
                    .map(error -> Map.of("field", error.field(), "message", error.message()))
                    .toList());
        }
    }

    /**
     * Adds the missing permissions.
     *
     * @param problem a problem document
     * @param missing the permissions, rendered sorted
     */
    public static void withMissingPermissions(Map<String, Object> problem, Set<String> missing) {
        if (!missing.isEmpty()) {
            problem.put("missingPermissions", List.copyOf(new TreeSet<>(missing)));
        }
    }

    /**
     * @param status the HTTP status
     * @return a generic explanation, for responses whose producer gave none
     */
    public static String defaultDetail(int status) {
        return switch (status) {
            case 401 -> "Missing, unknown, expired or revoked credentials: send a session token or an API key";
            case 403 -> "The caller may not do this";
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "This resource answers application/json only";
            case 413 -> "The request body is too large";
            case 415 -> "Send the body as application/json";
            default -> reason(status);
        };
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 410 -> "gone";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 429 -> "too-many-requests";
            default -> status >= 500 ? "server-error" : "http-" + status;
        };
    }
}
