package io.orgkit.impl.mail;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import io.orgkit.impl.kernel.OutgoingMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Sends over SMTP with Jakarta Mail: one connection per email, with timeouts well inside the outbox claim lease.
 * Headers are set only through Jakarta Mail's API (addresses parsed strictly, the subject RFC 2047-encoded), never
 * written as raw text.
 */
public class SmtpMailSender implements MailSender {
    private final MailSettings settings;
    private final Session session;

    public SmtpMailSender(MailSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        String timeout = String.valueOf(settings.smtpTimeout().toMillis());
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.auth", String.valueOf(!settings.username().isEmpty()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(OutgoingMail mail) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        // multipart/alternative: the plainest part first, the preferred (HTML) last.
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.setSentDate(new java.util.Date());
        message.saveChanges();

        try (Transport transport = session.getTransport("smtp")) {
            if (settings.username().isEmpty()) {
                transport.connect();
            } else {
                transport.connect(settings.smtpHost(), settings.smtpPort(), settings.username(), settings.password());
            }
            transport.sendMessage(message, message.getAllRecipients());
        }
    }
}
