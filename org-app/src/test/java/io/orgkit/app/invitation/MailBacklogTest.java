package io.orgkit.app.invitation;

import java.util.ArrayList;
import java.util.List;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.SmtpServer;
import io.orgkit.impl.mail.MailDispatcher;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A backlog of emails larger than one dispatch batch (20) goes out in one scheduled round, batch after batch, rather
 * than one batch per {@code org.mail.dispatch-interval} (ten emails a second at the default 2 s). The interval here is
 * an hour, so the scheduled rounds stay out of the way and the test runs the round itself.
 */
@HelidonTest
@AddConfig(key = "org.mail.dispatch-interval", value = "PT1H")
@AddConfig(key = "org.invitations.max-sends-per-inviter", value = "1000")
@AddConfig(key = "org.invitations.max-sends-per-organization", value = "1000")
class MailBacklogTest {
    private static final int BACKLOG = 45;

    static final SmtpServer SMTP = SmtpServer.shared();

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    MailDispatcher dispatcher;

    @Test
    void aBacklogLargerThanOneBatchGoesOutInOneRound() {
        Api api = new Api(target);
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            String email = Fixtures.unique("backlog") + "@example.test";
            emails.add(email);
            assertEquals(201, api.post("/api/organizations/invitations", admin.token(), obj("email", email)).getStatus());
        }

        int sent = dispatcher.drain();

        // Other classes of the pass may have left due rows of their own in the shared database: at least the backlog.
        assertTrue(sent >= BACKLOG, "one round sent " + sent + " of a backlog of " + BACKLOG);
        for (String email : emails) {
            assertEquals(1, SMTP.messagesTo(email).size(), "sent in the round, once: " + email);
        }
    }
}
