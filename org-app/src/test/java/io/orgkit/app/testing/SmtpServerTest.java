package io.orgkit.app.testing;

import java.time.Duration;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test JVM's SMTP server counts what a mailbox would receive: a recipient given to the SMTP envelope but named
 * in no header (what a header injection's {@code Bcc} becomes) is seen, so that tests asserting "nothing was sent to
 * X" can fail. Needs no server of the module, so it runs once.
 */
@HttpOnly
class SmtpServerTest {
    private static final SmtpServer SMTP = SmtpServer.shared();

    @Test
    void aRecipientOnlyInTheEnvelopeIsSeen() throws Exception {
        String named = Fixtures.unique("named") + "@example.test";
        String hidden = Fixtures.unique("hidden") + "@example.test";
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(SMTP.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom("orgkit@localhost");
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(named));
        message.setSubject("envelope");
        message.setText("body");
        Transport.send(message, new Address[] {new InternetAddress(named), new InternetAddress(hidden)});

        assertEquals(1, SMTP.awaitMessagesTo(named, 1, Duration.ofSeconds(10)).size());
        MimeMessage received = SMTP.awaitMessagesTo(hidden, 1, Duration.ofSeconds(10)).getFirst();
        assertTrue(received.getHeader("To")[0].contains(named), "the header names only the named recipient");
        assertEquals(0, SMTP.messagesTo(Fixtures.unique("nobody") + "@example.test").size());
    }
}
