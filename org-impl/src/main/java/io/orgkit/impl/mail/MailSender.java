package io.orgkit.impl.mail;

import io.orgkit.impl.kernel.OutgoingMail;

/**
 * Delivers one email, or throws.
 */
public interface MailSender {
    /**
     * @param mail the email
     * @throws Exception if it was not accepted; the outbox retries it later
     */
    void send(OutgoingMail mail) throws Exception;
}
