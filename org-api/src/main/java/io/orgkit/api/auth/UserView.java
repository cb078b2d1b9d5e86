package io.orgkit.api.auth;

import java.time.Instant;

/**
 * A platform user. Never carries the password hash.
 *
 * @param id         UUID
 * @param email      lower-cased, unique
 * @param name       display name
 * @param superAdmin whether the user holds the platform flag
 * @param createdAt  when the user was created
 */
public record UserView(String id, String email, String name, boolean superAdmin, Instant createdAt) {
}
