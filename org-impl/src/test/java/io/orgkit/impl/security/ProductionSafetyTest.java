package io.orgkit.impl.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductionSafetyTest {
    private static final Map<String, String> PRODUCTION = Map.of(
            "org.mail.smtp.host", "smtp.example.test",
            "org.sessions.cookie-secure", "true",
            "org.invitations.accept-url", "https://app.example.test/join#token={token}");

    private static Function<String, Optional<String>> settings(Map<String, String> base, String... overrides) {
        Map<String, String> values = new HashMap<>(base);
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                values.remove(overrides[i]);
            } else {
                values.put(overrides[i], overrides[i + 1]);
            }
        }
        return key -> Optional.ofNullable(values.get(key));
    }

    private static List<String> problems(Function<String, Optional<String>> settings) {
        return ProductionSafety.problems(settings, ProductionSafety.isProduction(settings));
    }

    // The audit: the accept link carried the token in the query string, which servers log and Referer carries.
    @Test
    void theDefaultAcceptLinkCarriesTheTokenInTheFragment() {
        String template = ProductionSafety.DEFAULT_ACCEPT_URL;
        assertTrue(template.indexOf('#') >= 0 && template.indexOf('#') < template.indexOf("{token}"), template);
    }

    @Test
    void productionIsTheDefaultMode() {
        assertTrue(ProductionSafety.isProduction(settings(Map.of())));
        assertTrue(ProductionSafety.isProduction(settings(Map.of("org.mode", "prod"))));
        assertFalse(ProductionSafety.isProduction(settings(Map.of("org.mode", "Development"))));
    }

    @Test
    void productionSettingsPass() {
        assertEquals(List.of(), problems(settings(PRODUCTION)));
        assertEquals(List.of(), problems(settings(PRODUCTION, "org.mail.smtp.username", "mailer",
                "org.mail.smtp.starttls", "true")));
    }

    @Test
    void eachUnsafeProductionSettingIsNamedWithItsEnvironmentVariable() {
        assertOne(problems(settings(PRODUCTION, "org.mail.log-only", "true")), "org.mail.log-only (ORG_MAIL_LOG_ONLY)");
        assertOne(problems(settings(PRODUCTION, "org.mail.smtp.host", null)), "org.mail.smtp.host (ORG_MAIL_SMTP_HOST)");
        assertOne(problems(settings(PRODUCTION, "org.sessions.cookie-secure", "false")),
                "org.sessions.cookie-secure (ORG_SESSIONS_COOKIE_SECURE)");
        assertOne(problems(settings(PRODUCTION, "org.invitations.accept-url", "http://app.example.test/#token={token}")),
                "org.invitations.accept-url (ORG_INVITATIONS_ACCEPT_URL) is not an https:// link");
        assertOne(problems(settings(PRODUCTION, "org.invitations.accept-url", null)),
                "org.invitations.accept-url (ORG_INVITATIONS_ACCEPT_URL) is not set");
        assertOne(problems(settings(PRODUCTION, "org.mail.smtp.username", "mailer")),
                "org.mail.smtp.starttls (ORG_MAIL_SMTP_STARTTLS) is false");
        assertOne(problems(settings(PRODUCTION, "org.account.password-reset.url", "http://app.example.test/#token={token}")),
                "org.account.password-reset.url (ORG_ACCOUNT_PASSWORD_RESET_URL) is not an https:// link");
        assertOne(problems(settings(PRODUCTION, "org.identity.jwks-url", "http://idp.example.test/jwks")),
                "org.identity.jwks-url (ORG_IDENTITY_JWKS_URL) is an http:// address");
        assertOne(problems(settings(PRODUCTION, "mp.jwt.verify.publickey.location", "http://idp.example.test/jwks")),
                "org.identity.jwks-url (ORG_IDENTITY_JWKS_URL) is an http:// address");
        assertEquals(List.of(), problems(settings(PRODUCTION, "org.identity.jwks-url", "http://127.0.0.1:9000/jwks")),
                "a provider on the loopback interface travels no network");
        assertEquals(List.of(), problems(settings(PRODUCTION, "org.account.password-reset.url",
                "https://app.example.test/reset#token={token}", "org.identity.jwks-url", "https://idp.example.test/jwks")));
    }

    @Test
    void developmentAllowsDevelopmentSettingsButStillNeedsAChoiceOfMail() {
        Map<String, String> development = Map.of("org.mode", "development", "org.mail.log-only", "true");
        assertEquals(List.of(), problems(settings(development)));
        List<String> noMail = problems(settings(development, "org.mail.log-only", null));
        assertOne(noMail, "org.mail.smtp.host (ORG_MAIL_SMTP_HOST) is not set");
        assertTrue(noMail.getFirst().contains("org.mail.log-only"), noMail.getFirst());
    }

    private static void assertOne(List<String> problems, String naming) {
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.getFirst().contains(naming), problems.getFirst());
    }
}
