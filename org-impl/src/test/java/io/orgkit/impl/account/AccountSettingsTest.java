package io.orgkit.impl.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccountSettingsTest {

    @Test
    void theResetLinkDefaultsToTheAcceptLinksSite() {
        assertEquals("https://app.example.test:8443/reset-password#token={token}",
                AccountSettings.defaultResetUrl("https://app.example.test:8443/join?x=1#token={token}"));
        assertEquals("http://localhost:8080/reset-password#token={token}",
                AccountSettings.defaultResetUrl("not a link"));
    }
}
