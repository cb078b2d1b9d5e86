package io.orgkit.app.auth;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.impl.security.RequestCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A failure inside the server while a request's credentials are checked is the server's: a logged 500, never a 401
 * that would tell a client with a valid session to log in again, and never an anonymous answer.
 */
@SharedServer
class AuthenticationFailureTest {
    private static final String SESSIONS = "orgkit_session";
    private static final String HIDDEN = "orgkit_session_hidden";
    // Held here: the JDK keeps loggers weakly, so a handler added to one nobody else holds yet (RequestCaller not loaded
    // when this class runs first) can be collected with it before the server logs anything.
    private static final Logger CALLER_LOG = Logger.getLogger(RequestCaller.class.getName());

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    InvitationFixtures invitations;
    Api api;
    final List<LogRecord> severe = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void setUp() {
        api = new Api(target);
        CALLER_LOG.addHandler(capture);
    }

    @AfterEach
    void tearDown() {
        CALLER_LOG.removeHandler(capture);
    }

    @Test
    void aDatabaseFailureWhileCheckingASessionIsALogged500NotA401() {
        Member member = fixtures.memberWithSession(fixtures.organization(), "Admin");
        Api.Outcome outcome;
        String contentType;
        fixtures.renameTable(SESSIONS, HIDDEN);
        try (Response response = api.get("/api/organizations/me", member.token())) {
            contentType = response.getMediaType().toString();
            outcome = Api.outcome(response);
        } finally {
            fixtures.renameTable(HIDDEN, SESSIONS);
        }
        assertEquals(500, outcome.status(), outcome.toString());
        assertEquals("application/problem+json", contentType);
        assertFalse(outcome.detail().contains(HIDDEN) || outcome.detail().contains(SESSIONS),
                "the problem names nothing internal: " + outcome);
        assertTrue(severe.stream().anyMatch(r -> r.getThrown() != null), "logged at SEVERE with its cause");
        assertEquals(200, status(api.get("/api/organizations/me", member.token())), "the session works again");
    }

    @Test
    void anEndpointOpenToAnonymousCallersAnswers500WhenTheCallerCouldNotBeChecked() {
        String org = fixtures.organization();
        Fixtures.TestUser invitee = fixtures.user();
        String session = fixtures.login(invitee, null);
        InvitationFixtures.Issued issued = invitations.issue(org, invitee.email(), "Member");
        Api.Outcome outcome;
        fixtures.renameTable(SESSIONS, HIDDEN);
        try {
            outcome = Api.outcome(api.post("/api/invitations/accept", session, obj("token", issued.token())));
        } finally {
            fixtures.renameTable(HIDDEN, SESSIONS);
        }
        assertEquals(500, outcome.status(), "not 401 'log in as that account': " + outcome);
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ? AND user_id = ?",
                org, invitee.id()), "nothing written");
        assertEquals(200, status(api.post("/api/invitations/accept", session, obj("token", issued.token()))),
                "the invitation is still usable");
    }
}
