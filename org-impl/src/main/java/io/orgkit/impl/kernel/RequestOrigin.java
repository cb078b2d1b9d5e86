package io.orgkit.impl.kernel;

/**
 * Where the current request comes from, as the audit log records it. The security layer provides it for HTTP
 * requests; outside one (a host application's job) there is none, and {@link AuditTrail} records no origin.
 */
public interface RequestOrigin {

    /** @return the client's address; never {@code null} ({@code "unknown"} when the runtime does not tell) */
    String clientAddress();

    /** @return the client's {@code User-Agent}, at most 300 characters, or {@code null} */
    String userAgent();

    /** @return the request's id: a sane {@code X-Request-Id} the client sent, or one made up; never {@code null} */
    String requestId();
}
