package io.orgkit.impl.mail;

import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The mail outbox, as the application's transactions use it: queue an email, cancel an invitation's unsent ones.
 * The dispatcher's side is {@link JpaOutboxClaimStore}.
 */
@ApplicationScoped
public class JpaOutboxStore {
    // Once a row is settled its body is of no use, and an invitation email's body holds a live token.
    private static final String WIPE_BODY = "body_text = '', body_html = ''";

    @Inject
    @OrgUnit
    private EntityManager em;

    public void add(OutboxMailEntity mail) {
        em.persist(mail);
    }

    /**
     * Cancels an invitation's emails that are not sent yet (one being sent at this moment cannot be stopped), and
     * wipes their bodies, which hold the invitation's token.
     *
     * @param invitationId the invitation
     */
    public void cancelUnsent(String invitationId) {
        em.createNativeQuery("UPDATE orgkit_mail_outbox SET status = 'CANCELLED', claimed_by = NULL, claimed_until = NULL, "
                        + WIPE_BODY + " WHERE invitation_id = ? AND status = 'PENDING'")
                .setParameter(1, invitationId)
                .executeUpdate();
    }
}
