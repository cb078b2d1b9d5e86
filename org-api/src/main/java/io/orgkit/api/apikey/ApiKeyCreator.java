package io.orgkit.api.apikey;

/**
 * Who created an API key: the user whose current permissions bound the key's.
 *
 * @param userId the user's id; never {@code null}
 * @param email  the user's email; never {@code null}
 */
public record ApiKeyCreator(String userId, String email) {
}
