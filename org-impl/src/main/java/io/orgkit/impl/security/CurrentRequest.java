package io.orgkit.impl.security;

import java.util.UUID;
import java.util.regex.Pattern;

import io.orgkit.impl.kernel.RequestOrigin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Where the current HTTP request comes from, for the audit log: the client's address ({@link ClientAddress}), its
 * {@code User-Agent} and the request's id, as {@link ClientAddressFilter} read them. A client's {@code X-Request-Id}
 * is kept when it is short and plain (letters, digits, {@code -_.:}); otherwise one is made up, so every event of a
 * request shares an id.
 */
@RequestScoped
public class CurrentRequest implements RequestOrigin {
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    /** The longest user agent kept, in code points: it fits the session's and the audit event's columns. */
    public static final int MAX_AGENT = 200;

    private ClientAddress client;
    private String userAgent;
    private String requestId;

    /**
     * For the container's proxy.
     */
    protected CurrentRequest() {
    }

    @Inject
    public CurrentRequest(ClientAddress client) {
        this.client = client;
    }

    @Override
    public String clientAddress() {
        return client.get();
    }

    @Override
    public String userAgent() {
        return userAgent;
    }

    @Override
    public String requestId() {
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        return requestId;
    }

    void set(String userAgent, String requestId) {
        if (userAgent != null && !userAgent.isBlank()) {
            String flat = UNPRINTABLE.matcher(userAgent.strip()).replaceAll("?");
            // Cut at a code point boundary, so that a surrogate pair is never split.
            this.userAgent = flat.codePointCount(0, flat.length()) <= MAX_AGENT ? flat
                    : flat.substring(0, flat.offsetByCodePoints(0, MAX_AGENT));
        }
        if (requestId != null && SANE_ID.matcher(requestId).matches()) {
            this.requestId = requestId;
        }
    }
}
