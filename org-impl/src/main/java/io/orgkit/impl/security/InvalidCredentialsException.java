package io.orgkit.impl.security;

import io.orgkit.api.error.AuthenticationRequiredException;

/**
 * Credentials were presented but are unknown, expired, revoked or malformed.
 */
public class InvalidCredentialsException extends AuthenticationRequiredException {
    private static final long serialVersionUID = 1L;

    public InvalidCredentialsException(String detail) {
        super(detail);
    }
}
