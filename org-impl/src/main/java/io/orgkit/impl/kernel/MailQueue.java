package io.orgkit.impl.kernel;

/**
 * The transactional outbox, for features that send email: what is queued is sent after the caller's transaction
 * commits, exactly once, and never if it rolls back.
 */
public interface MailQueue {

    /**
     * @param organizationId the organization the email concerns, or {@code null}
     * @param invitationId   the invitation it carries, or {@code null}
     * @param mail           the email
     * @return the queued email's id
     */
    String enqueue(String organizationId, String invitationId, OutgoingMail mail);

    /**
     * Cancels an invitation's emails that are not sent yet, and wipes their bodies (they hold its token).
     *
     * @param invitationId the invitation
     */
    void cancelUnsent(String invitationId);
}
