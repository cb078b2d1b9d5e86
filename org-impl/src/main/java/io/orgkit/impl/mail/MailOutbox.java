package io.orgkit.impl.mail;

import io.orgkit.impl.kernel.MailQueue;
import io.orgkit.impl.kernel.OutgoingMail;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The transactional outbox. {@link #enqueue} joins the caller's transaction, so an email exists exactly when what it
 * reports was committed. The dispatcher's side is {@link OutboxClaims}.
 */
@ApplicationScoped
public class MailOutbox implements MailQueue {
    private JpaOutboxStore store;
    private SystemTime time;

    /**
     * For the container's client proxy.
     */
    protected MailOutbox() {
    }

    @Inject
    public MailOutbox(JpaOutboxStore store, SystemTime time) {
        this.store = store;
        this.time = time;
    }

    /**
     * Queues an email in the current transaction.
     *
     * @param organizationId the organization it concerns, or {@code null}
     * @param invitationId   the invitation it carries, or {@code null}
     * @param mail           the email
     * @return the outbox row's id
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String enqueue(String organizationId, String invitationId, OutgoingMail mail) {
        OutboxMailEntity row = new OutboxMailEntity(Ids.newId(), organizationId, invitationId, mail, time.now());
        store.add(row);
        return row.id();
    }

    /**
     * Cancels, in the current transaction, an invitation's emails that are not sent yet.
     *
     * @param invitationId the invitation
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelUnsent(String invitationId) {
        store.cancelUnsent(invitationId);
    }
}
