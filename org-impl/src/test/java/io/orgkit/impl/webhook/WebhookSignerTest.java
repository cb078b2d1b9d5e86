package io.orgkit.impl.webhook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignerTest {

    // The example of the Standard Webhooks specification's reference libraries.
    @Test
    void signsAsTheStandardWebhooksExampleDoes() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String body = "{\"test\": 2432232314}";
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSigner.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body));
    }

    @Test
    void secretsAreNewEachTimeAndPrefixed() {
        String one = WebhookSigner.newSecret();
        assertTrue(one.startsWith("whsec_"));
        assertNotEquals(one, WebhookSigner.newSecret());
    }
}
