package io.orgkit.impl.kernel;

import java.time.Instant;

/**
 * Whether an email has an invitation waiting, for features that are not the invitation feature: an identity
 * provider's user unknown to the module is created when an invitation is waiting for their verified email, so that
 * they can accept it, even where users are not otherwise created on first sight.
 */
public interface PendingInvitations {

    /**
     * @param email a lower-cased email
     * @param now   the current time
     * @return whether some organization has a pending, unexpired invitation to it
     */
    boolean existFor(String email, Instant now);
}
