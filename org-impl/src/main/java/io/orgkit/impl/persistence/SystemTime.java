package io.orgkit.impl.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The current time, truncated to milliseconds so that what is stored, compared and shown is the same value.
 */
@ApplicationScoped
public class SystemTime {
    /**
     * @return now, in UTC, to the millisecond
     */
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
