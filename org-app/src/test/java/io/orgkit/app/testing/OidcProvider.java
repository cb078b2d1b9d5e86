package io.orgkit.app.testing;

import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real OpenID Connect provider (NAV's mock-oauth2-server) for one test class: it signs tokens with its own keys and
 * serves its key set over HTTP. Declare it as a {@code @RegisterExtension static final} field: JUnit reads that
 * field, and so runs this constructor, before the Helidon container of the class starts, so the container's
 * {@code org.identity.*} settings (system properties, removed again after the class) point at this provider.
 */
public final class OidcProvider implements AfterAllCallback {
    /** The issuer id of the provider the module trusts. */
    public static final String ISSUER_ID = "orgkit";
    /** The audience the module expects. */
    public static final String AUDIENCE = "orgkit-api";

    private final MockOAuth2Server server = new MockOAuth2Server();

    public OidcProvider() {
        server.start();
        System.setProperty("org.identity.issuer", issuer());
        System.setProperty("org.identity.jwks-url", server.jwksUrl(ISSUER_ID).toString());
        System.setProperty("org.identity.audience", AUDIENCE);
    }

    /** @return the trusted issuer's URL, its {@code iss} */
    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** A token of the trusted issuer for the audience, valid for an hour, with a verified email. */
    public String token(String subject, String email) {
        return token(ISSUER_ID, subject, AUDIENCE, Map.of("email", email, "email_verified", true), 3600);
    }

    /** A token as asked: any issuer id of this provider, audience, claims and lifetime (negative: expired). */
    public String token(String issuerId, String subject, String audience, Map<String, Object> claims,
                        long expirySeconds) {
        return server.issueToken(issuerId, "orgkit-test-client", new DefaultOAuth2TokenCallback(issuerId, subject,
                JOSEObjectType.JWT.getType(), List.of(audience), claims, expirySeconds)).serialize();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty("org.identity.issuer");
        System.clearProperty("org.identity.jwks-url");
        System.clearProperty("org.identity.audience");
        server.shutdown();
    }
}
