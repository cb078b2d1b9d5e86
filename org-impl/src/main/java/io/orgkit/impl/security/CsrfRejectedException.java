package io.orgkit.impl.security;

import io.orgkit.api.error.AccessDeniedException;

/**
 * A state-changing request authenticated by the session cookie came without {@code X-Requested-With}.
 */
public class CsrfRejectedException extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    public CsrfRejectedException() {
        super("A request authenticated by the session cookie that changes state must carry the X-Requested-With header");
    }
}
