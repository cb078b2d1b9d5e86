package io.orgkit.impl.invitation;

import io.orgkit.api.error.ConflictException;

/**
 * A 409 of inviting that says which rule refused it, so that a bulk invitation can answer each entry with its own
 * result without reading messages.
 */
public class InvitationConflict extends ConflictException {
    private static final long serialVersionUID = 1L;

    /** Which rule refused the invitation. */
    public enum Reason {
        /** The email is already a member. */
        ALREADY_MEMBER,
        /** The email already has a pending invitation. */
        PENDING,
        /** The organization's member limit is reached. */
        MEMBER_LIMIT
    }

    private final Reason reason;

    /**
     * @param reason which rule refused it
     * @param detail what conflicts, for a human
     */
    public InvitationConflict(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    /** @return which rule refused the invitation */
    public Reason reason() {
        return reason;
    }
}
