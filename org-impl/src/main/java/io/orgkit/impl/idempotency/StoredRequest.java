package io.orgkit.impl.idempotency;

import java.time.Instant;

/**
 * One caller's use of one {@code Idempotency-Key}.
 *
 * @param id             the row's id
 * @param requestHash    SHA-256 (hex) of the method, path, query and body it came with
 * @param done           whether the first request finished (with a 2xx answer)
 * @param status         that answer's status, when done
 * @param body           that answer's body, or {@code null} (none, or withheld because it carried a secret)
 * @param location       that answer's {@code Location}, or {@code null}
 * @param secretWithheld whether the body was not kept because it carried a secret shown only once
 * @param lockedUntil    until when the first request is taken to be still running
 * @param expiresAt      when the key may be used afresh
 */
public record StoredRequest(String id, String requestHash, boolean done, Integer status, String body, String location,
                            boolean secretWithheld, Instant lockedUntil, Instant expiresAt) {
}
