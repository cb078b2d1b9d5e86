package io.orgkit.app.organization;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.AuditFixtures;
import io.orgkit.app.testing.DnsServer;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures.TestUser;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.SmtpServer;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@HelidonTest
class VerifiedDomainTest {
    private static final String DOMAINS = "/api/organizations/domains";

    static final SmtpServer SMTP = SmtpServer.shared();
    @RegisterExtension
    static final DnsServer DNS = new DnsServer();

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures organizations;
    @Inject
    AuditFixtures audit;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    private static String domain() {
        return Fixtures.unique("acme").toLowerCase() + ".com";
    }

    private String field(Response response) {
        return body(response).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void anAdminVerifiesADomainByItsDnsTxtRecord() {
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        String domain = domain();
        Response added = api.post(DOMAINS, admin.token(), obj("domain", domain.toUpperCase() + "."));
        assertEquals(201, added.getStatus());
        JsonObject pending = body(added);
        assertEquals(domain, pending.getString("domain"));
        assertEquals("pending", pending.getString("status"));
        assertEquals("_orgkit-verification." + domain, pending.getString("dnsRecordName"));
        String path = DOMAINS + "/" + pending.getString("id");

        Response missing = api.post(path + "/verify", admin.token(), obj("method", "dns"));
        assertEquals(422, missing.getStatus(), "no record published yet");
        DNS.publishTxt(pending.getString("dnsRecordName"), "v=spf1 -all", "orgkit-verification=wrong");
        assertEquals(422, api.post(path + "/verify", admin.token(), obj("method", "dns")).getStatus());
        DNS.publishTxt(pending.getString("dnsRecordName"), "v=spf1 -all", pending.getString("dnsRecordValue"));

        Response verified = api.post(path + "/verify", admin.token(), obj("method", "dns"));
        assertEquals(200, verified.getStatus());
        assertEquals("verified", body(verified).getString("status"));
        assertEquals("dns", body(api.get(path, admin.token())).getString("verifiedBy"));
    }

    @Test
    void anAdminVerifiesADomainByACodeMailedToAnAddressThere() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String domain = domain();
        String path = DOMAINS + "/" + body(api.post(DOMAINS, admin.token(), obj("domain", domain))).getString("id");
        assertEquals(202, api.post(path + "/code", admin.token(), obj("localPart", "Postmaster")).getStatus());
        List<MimeMessage> mails = SMTP.awaitMessagesTo("postmaster@" + domain, 1, Duration.ofSeconds(20));
        assertEquals(1, mails.size());
        // Anchored on the sentence: the domain itself may hold eight digits (its unique part is hex).
        Matcher code = Pattern.compile(" is (\\d{8})\\.").matcher(InvitationFixtures.textPart(mails.getFirst()));
        assertTrue(code.find());
        String wrong = code.group(1).equals("00000000") ? "11111111" : "00000000";
        Response refused = api.post(path + "/verify", admin.token(), obj("method", "email", "code", wrong));
        assertEquals(422, refused.getStatus());
        assertEquals("code", field(refused));
        Response verified = api.post(path + "/verify", admin.token(), obj("method", "email", "code", code.group(1)));
        assertEquals(200, verified.getStatus());
        assertEquals("email", body(verified).getString("verifiedBy"));
        assertEquals(409, api.post(path + "/code", admin.token(), obj("localPart", "admin")).getStatus());

        List<String> actions = audit.ofOrganization(org).stream().map(e -> e.action()).toList();
        assertTrue(actions.containsAll(List.of("domain.added", "domain.code_sent", "domain.verified")), actions.toString());
        for (var event : audit.ofOrganization(org)) {
            String changes = String.valueOf(event.changes());
            assertTrue(!changes.contains(code.group(1)), "the audit log never holds the code: " + changes);
        }
        assertTrue(audit.ofOrganization(org).stream().filter(e -> e.action().equals("domain.code_sent"))
                .allMatch(e -> e.changes().contains("postmaster@" + domain)), "it says where the code went");
    }

    @Test
    void publicSuffixesFreeMailAndNonDomainsAreRefused() {
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        for (String bad : new String[]{"co.uk", "github.io", "com", "gmail.com", "eu.gmail.com", "outlook.com",
                "not a domain", "localhost", "-x-.com"}) {
            Response response = api.post(DOMAINS, admin.token(), obj("domain", bad));
            assertEquals(422, response.getStatus(), bad);
            assertEquals("domain", field(response), bad);
        }
        assertEquals(201, api.post(DOMAINS, admin.token(), obj("domain", Fixtures.unique("ok").toLowerCase()
                + ".co.uk")).getStatus(), "a name under a public suffix is fine");
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_domain WHERE domain IN ('co.uk', 'gmail.com')"));
    }

    @Test
    void aDomainVerifiedByOneOrganizationCannotBeVerifiedOrClaimedByAnother() {
        Member first = fixtures.memberWithSession(fixtures.organization(), "Admin");
        Member second = fixtures.memberWithSession(fixtures.organization(), "Admin");
        String domain = domain();
        JsonObject mine = body(api.post(DOMAINS, first.token(), obj("domain", domain)));
        JsonObject theirs = body(api.post(DOMAINS, second.token(), obj("domain", domain)));
        DNS.publishTxt("_orgkit-verification." + domain, mine.getString("dnsRecordValue"),
                theirs.getString("dnsRecordValue"));
        assertEquals(200, api.post(DOMAINS + "/" + mine.getString("id") + "/verify", first.token(),
                obj("method", "dns")).getStatus());
        assertEquals(409, api.post(DOMAINS + "/" + theirs.getString("id") + "/verify", second.token(),
                obj("method", "dns")).getStatus());
        Member third = fixtures.memberWithSession(fixtures.organization(), "Admin");
        assertEquals(409, api.post(DOMAINS, third.token(), obj("domain", domain)).getStatus());
        assertEquals(409, api.post(DOMAINS, first.token(), obj("domain", domain)).getStatus(), "claimed twice");
    }

    @Test
    void onlyAdminsManageDomains() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member member = fixtures.memberWithSession(org, "Member");
        String id = body(api.post(DOMAINS, admin.token(), obj("domain", domain()))).getString("id");
        assertEquals(401, api.get(DOMAINS, null).getStatus());
        assertEquals(403, api.get(DOMAINS, member.token()).getStatus());
        assertEquals(403, api.post(DOMAINS, member.token(), obj("domain", domain())).getStatus());
        assertEquals(403, api.delete(DOMAINS + "/" + id, member.token()).getStatus());
        Member elsewhere = fixtures.memberWithSession(fixtures.organization(), "Admin");
        assertEquals(404, api.get(DOMAINS + "/" + id, elsewhere.token()).getStatus());
        assertEquals(422, api.post(DOMAINS, admin.token(), obj("domain", domain(), "defaultRole", "Nope")).getStatus());
        jakarta.json.JsonArray listed = api.get(DOMAINS, admin.token()).readEntity(jakarta.json.JsonArray.class);
        assertEquals(1, listed.size());
        assertEquals(id, listed.getJsonObject(0).getString("id"));
        assertEquals(204, api.delete(DOMAINS + "/" + id, admin.token()).getStatus());
        assertEquals(404, api.get(DOMAINS + "/" + id, admin.token()).getStatus());
    }

    private String verifiedDomain(Member admin, String mode, String role) {
        String domain = domain();
        JsonObject added = body(api.post(DOMAINS, admin.token(), obj("domain", domain, "enrollmentMode", mode,
                "defaultRole", role)));
        DNS.publishTxt(added.getString("dnsRecordName"), added.getString("dnsRecordValue"));
        assertEquals(200, api.post(DOMAINS + "/" + added.getString("id") + "/verify", admin.token(),
                obj("method", "dns")).getStatus());
        return domain;
    }

    @Test
    void aUserWithAVerifiedEmailJoinsByDomainAndStaysInItsOtherOrganization() {
        String org = fixtures.organization();
        String domain = verifiedDomain(fixtures.memberWithSession(org, "Admin"), "join", "Viewer");
        String home = fixtures.organization();
        TestUser user = fixtures.userWithEmail(Fixtures.unique("ann") + "@" + domain, true);
        fixtures.member(home, user, "Admin");
        String token = fixtures.login(user, home);

        Response joined = api.post("/api/domains/join/" + org, token, null);
        assertEquals(200, joined.getStatus());
        assertEquals("joined", body(joined).getString("result"));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ? "
                + "AND user_id = ? AND role_name = 'Viewer'", org, user.id()));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ? "
                + "AND user_id = ? AND role_name = 'Admin'", home, user.id()), "never moved out of its organization");
        assertEquals(home, body(api.get("/api/organizations/me", token)).getString("id"),
                "the session stays where it was");
        assertEquals(409, api.post("/api/domains/join/" + org, token, null).getStatus(), "already a member");
    }

    @Test
    void joiningNeedsAVerifiedEmailAtAVerifiedDomainOpenToIt() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String joinDomain = verifiedDomain(admin, "join", "Member");
        String manualDomain = verifiedDomain(admin, "manual", "Member");
        TestUser unverified = fixtures.userWithEmail(Fixtures.unique("bob") + "@" + joinDomain, false);
        TestUser manual = fixtures.userWithEmail(Fixtures.unique("cy") + "@" + manualDomain, true);
        TestUser stranger = fixtures.userWithEmail(Fixtures.unique("dee") + "@" + domain(), true);
        for (TestUser user : List.of(unverified, manual, stranger)) {
            String token = fixtures.login(user, null);
            assertEquals(404, api.post("/api/domains/join/" + org, token, null).getStatus(), user.email());
        }
        assertEquals(401, api.post("/api/domains/join/" + org, null, null).getStatus());
        assertEquals(403, api.post("/api/domains/join/" + org, organizations.apiKey(org, "Admin"), null).getStatus());
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ?", org) - 1);
    }

    @Test
    void invitationModeEmailsAnInvitationAndTheMemberLimitHolds() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String domain = verifiedDomain(admin, "invitation", "Member");
        TestUser user = fixtures.userWithEmail(Fixtures.unique("eve") + "@" + domain, true);
        Response invited = api.post("/api/domains/join/" + org, fixtures.login(user, null), null);
        assertEquals(200, invited.getStatus());
        assertEquals("invited", body(invited).getString("result"));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ? AND email = ? "
                + "AND status = 'PENDING'", org, user.email()));

        String full = fixtures.organization();
        String joinDomain = verifiedDomain(fixtures.memberWithSession(full, "Admin"), "join", "Member");
        fixtures.update("UPDATE orgkit_organization SET member_limit = 1 WHERE id = ?", full);
        TestUser late = fixtures.userWithEmail(Fixtures.unique("fay") + "@" + joinDomain, true);
        Response refused = api.post("/api/domains/join/" + full, fixtures.login(late, null), null);
        assertEquals(409, refused.getStatus());
        assertTrue(body(refused).getString("detail").contains("member limit of 1"));
    }
}
