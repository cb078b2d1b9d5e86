package io.orgkit.api.error;

import java.time.Duration;

/**
 * 429: the caller must wait before trying again; answered with {@code Retry-After} in whole seconds.
 */
public class TooManyRequestsException extends OrgException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    /**
     * @param detail     what is throttled, for a human
     * @param retryAfter how long to wait; rounded up to at least one second
     */
    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    /**
     * @return whole seconds to wait, at least 1
     */
    public long retryAfterSeconds() {
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Too many requests";
    }
}
