package io.orgkit.app.client;

import java.time.Duration;
import java.util.List;

import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.app.testing.SmtpServer;
import io.orgkit.app.testing.contract.CheckedHttpClient;
import io.orgkit.client.ApiClient;
import io.orgkit.client.ApiException;
import io.orgkit.client.api.ApiKeysApi;
import io.orgkit.client.api.AuthenticationApi;
import io.orgkit.client.api.InvitationsApi;
import io.orgkit.client.api.MembersApi;
import io.orgkit.client.api.OrganizationsApi;
import io.orgkit.client.model.AcceptInvitationRequest;
import io.orgkit.client.model.AcceptedInvitation;
import io.orgkit.client.model.CreateApiKeyRequest;
import io.orgkit.client.model.CreateInvitationRequest;
import io.orgkit.client.model.CreateOrganizationRequest;
import io.orgkit.client.model.CreatedApiKey;
import io.orgkit.client.model.LoginRequest;
import io.orgkit.client.model.MemberView;
import io.orgkit.client.model.OrganizationView;
import io.orgkit.client.model.MemberFieldsPatch;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main story of a client, told with nothing but the Java client generated from the OpenAPI document (and a real
 * SMTP server to read the invitation emails from): log in, create an organization, invite, accept, change a role,
 * create an API key and use it.
 */
@SharedServer
class GeneratedClientStoryTest {
    static final SmtpServer SMTP = SmtpServer.shared();

    @Inject
    WebTarget target;

    @Test
    void superAdminCreatesAnOrganizationWhoseAdminInvitesAMemberAndAutomatesWithAKey() throws Exception {
        String base = target.getUri().toString().replaceAll("/$", "");

        ApiClient anonymous = client(base, null);
        String rootToken = new AuthenticationApi(anonymous)
                .login(new LoginRequest().email("root@orgkit.test").password("root-password-1")).getToken();
        ApiClient root = client(base, rootToken);

        String adminEmail = Fixtures.unique("founder") + "@example.test";
        OrganizationView organization = new OrganizationsApi(root).createOrganization(null, new CreateOrganizationRequest()
                .name(Fixtures.unique("Acme")).timezone("Europe/Paris").adminEmail(adminEmail));
        assertEquals("Europe/Paris", organization.getTimezone());

        AcceptedInvitation founder = new InvitationsApi(anonymous).acceptInvitation(new AcceptInvitationRequest()
                .token(tokenMailedTo(adminEmail)).name("Founder").password("founder-password"));
        assertEquals("Admin", founder.getMembership().getRole());
        assertEquals(organization.getId(), founder.getOrganizationId());
        ApiClient admin = client(base, founder.getToken());

        String memberEmail = Fixtures.unique("colleague") + "@example.test";
        // A retry with the same Idempotency-Key invites nobody twice.
        String invitationKey = java.util.UUID.randomUUID().toString();
        CreateInvitationRequest invitation = new CreateInvitationRequest().email(memberEmail).role("Viewer");
        String invited = new InvitationsApi(admin).createInvitation(invitationKey, invitation).getId();
        assertEquals(invited, new InvitationsApi(admin).createInvitation(invitationKey, invitation).getId());
        AcceptedInvitation colleague = new InvitationsApi(anonymous).acceptInvitation(new AcceptInvitationRequest()
                .token(tokenMailedTo(memberEmail)).name("Colleague").password("colleague-password"));
        assertEquals("Viewer", colleague.getMembership().getRole());

        MemberView promoted = new MembersApi(admin).updateMember(colleague.getMembership().getId(),
                new MemberFieldsPatch().role("Member"));
        assertEquals("Member", promoted.getRole());
        List<MemberView> members = new MembersApi(admin).listMembers(null, 100, null, null).getData();
        assertEquals(2, members.size());

        CreatedApiKey key = new ApiKeysApi(admin).createApiKey(null, new CreateApiKeyRequest().name("ci").role("Viewer"));
        assertTrue(key.getKey().startsWith("orgk_"));
        ApiClient automation = client(base, key.getKey());
        assertEquals(organization.getId(), new OrganizationsApi(automation).getCurrentOrganization().getId());
        assertEquals(2, new MembersApi(automation).listMembers(null, null, null, null).getData().size());
        ApiException refused = assertThrows(ApiException.class, () -> new ApiKeysApi(automation).listApiKeys(null, null));
        assertEquals(403, refused.getCode(), "API keys are refused on session-only endpoints");
    }

    private static ApiClient client(String base, String token) {
        ApiClient client = new ApiClient();
        client.setHttpClientBuilder(CheckedHttpClient.builder());
        client.updateBaseUri(base);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static String tokenMailedTo(String email) throws Exception {
        List<MimeMessage> mails = SMTP.awaitMessagesTo(email, 1, Duration.ofSeconds(20));
        assertEquals(1, mails.size(), "one invitation email to " + email);
        return InvitationFixtures.tokenOf(mails.getFirst());
    }
}
