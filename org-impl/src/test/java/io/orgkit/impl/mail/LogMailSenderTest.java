package io.orgkit.impl.mail;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogMailSenderTest {
    private static final String TEXT = "Accept here:\nhttp://localhost:8080/accept-invitation#token=orgi_AbC-12_xyz\n";

    // The audit: the log held every invitation email with its live token.
    @Test
    void tokensAreRedactedUnlessAskedFor() {
        String logged = new LogMailSender(false).redacted(TEXT);
        assertFalse(logged.contains("orgi_AbC-12_xyz"), logged);
        assertTrue(logged.contains("org.mail.log-tokens=true"), logged);
        assertEquals(TEXT, new LogMailSender(true).redacted(TEXT));
    }
}
