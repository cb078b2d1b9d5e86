package io.orgkit.impl.mail;

import java.util.logging.Logger;
import java.util.regex.Pattern;

import io.orgkit.impl.kernel.OutgoingMail;

/**
 * {@code org.mail.log-only=true}: emails are written to the log instead of sent, on a development machine (production
 * refuses to start with it). Invitation tokens are redacted unless {@code org.mail.log-tokens=true} asks for them: a
 * log is read by more people than a mailbox.
 */
public class LogMailSender implements MailSender {
    private static final Logger LOG = Logger.getLogger(LogMailSender.class.getName());
    private static final Pattern TOKEN = Pattern.compile("orgi_[A-Za-z0-9_-]+");

    private final boolean showTokens;

    /**
     * @param showTokens whether the logged emails keep their invitation tokens
     */
    public LogMailSender(boolean showTokens) {
        this.showTokens = showTokens;
    }

    @Override
    public void send(OutgoingMail mail) {
        LOG.info(() -> "org.mail.log-only is true; this email is logged instead of sent.\n"
                + "To: " + mail.recipient() + "\nSubject: " + mail.subject() + "\n\n" + redacted(mail.text()));
    }

    /**
     * @param text an email's text
     * @return the text as logged: invitation tokens replaced unless they were asked for
     */
    String redacted(String text) {
        return showTokens ? text : TOKEN.matcher(text).replaceAll("orgi_[redacted: set org.mail.log-tokens=true]");
    }
}
