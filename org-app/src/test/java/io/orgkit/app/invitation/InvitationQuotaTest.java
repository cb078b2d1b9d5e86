package io.orgkit.app.invitation;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.InvitationFixtures;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invitation emails are rationed, per inviter and per organization, counted in the database: a member cannot send an
 * unlimited number of emails in the organization's name. Small quotas here (3 per inviter, 5 per organization).
 */
@HelidonTest
@AddConfig(key = "org.invitations.max-sends-per-inviter", value = "3")
@AddConfig(key = "org.invitations.max-sends-per-organization", value = "5")
class InvitationQuotaTest {
    private static final String INVITATIONS = "/api/organizations/invitations";

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    InvitationFixtures invitations;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    private Response invite(Fixtures.Member inviter) {
        return api.post(INVITATIONS, inviter.token(), obj("email", Fixtures.unique("quota") + "@example.test"));
    }

    // The audit: any Member sent 15 invitation emails in 0.3 s.
    @Test
    void oneInviterSendsAtMostTheirQuotaThenGets429WithRetryAfter() {
        String org = fixtures.organization();
        Fixtures.Member member = fixtures.memberWithSession(org, "Member");
        String first = body(invite(member)).getString("id");
        assertEquals(201, invite(member).getStatus());
        invitations.sentLongAgo(first);
        assertEquals(200, api.post(INVITATIONS + "/" + first, member.token(), null).getStatus(),
                "a resend is a send too");
        Response refused = invite(member);
        assertEquals(429, refused.getStatus());
        long retryAfter = Long.parseLong(refused.getHeaderString("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
        assertEquals("application/problem+json", refused.getMediaType().toString());
        invitations.sentLongAgo(first);
        assertEquals(429, api.post(INVITATIONS + "/" + first, member.token(), null).getStatus());
        assertEquals(3, fixtures.count("SELECT COUNT(*) FROM orgkit_mail_outbox WHERE organization_id = ?", org));

        assertEquals(201, invite(fixtures.memberWithSession(org, "Member")).getStatus(), "another inviter may send");
    }

    @Test
    void anOrganizationSendsAtMostItsQuotaWhoeverInvites() {
        String org = fixtures.organization();
        for (int i = 0; i < 5; i++) {
            assertEquals(201, invite(fixtures.memberWithSession(org, "Admin")).getStatus());
        }
        assertEquals(429, invite(fixtures.memberWithSession(org, "Admin")).getStatus());
        assertEquals(201, invite(fixtures.memberWithSession(fixtures.organization(), "Admin")).getStatus(),
                "other organizations are not affected");
    }

    @Test
    void refusedInvitationsDoNotCount() {
        String org = fixtures.organization();
        Fixtures.Member member = fixtures.memberWithSession(org, "Member");
        String email = Fixtures.unique("twice") + "@example.test";
        assertEquals(201, api.post(INVITATIONS, member.token(), obj("email", email)).getStatus());
        for (int i = 0; i < 3; i++) {
            assertEquals(409, api.post(INVITATIONS, member.token(), obj("email", email)).getStatus());
        }
        assertEquals(201, invite(member).getStatus());
        assertEquals(201, invite(member).getStatus());
        assertEquals(429, invite(member).getStatus());
    }
}
