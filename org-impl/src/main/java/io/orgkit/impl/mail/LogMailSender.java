package io.orgkit.impl.mail;

import java.util.logging.Logger;

import io.orgkit.impl.kernel.OutgoingMail;

/**
 * Without an SMTP server ({@code org.mail.smtp.host} unset or empty), emails are written to the log, for development.
 * The log then holds invitation links: configure SMTP for anything shared.
 */
public class LogMailSender implements MailSender {
    private static final Logger LOG = Logger.getLogger(LogMailSender.class.getName());

    @Override
    public void send(OutgoingMail mail) {
        LOG.info(() -> "No SMTP server configured (org.mail.smtp.host); this email is logged instead of sent.\n"
                + "To: " + mail.recipient() + "\nSubject: " + mail.subject() + "\n\n" + mail.text());
    }
}
