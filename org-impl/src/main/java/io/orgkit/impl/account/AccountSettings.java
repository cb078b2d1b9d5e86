package io.orgkit.impl.account;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.orgkit.impl.security.ProductionSafety;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The account's settings: password reset, and the throttles on guessing.
 */
@ApplicationScoped
public class AccountSettings {
    private Duration resetTtl;
    private String resetUrl;
    private int resetMaxPerEmail;
    private int resetMaxPerClient;
    private Duration resetWindow;
    private int passwordChangeMaxFailures;
    private Duration passwordChangeFailureWindow;

    /**
     * For the container's client proxy.
     */
    protected AccountSettings() {
    }

    @Inject
    public AccountSettings(@ConfigProperty(name = "org.account.password-reset.ttl", defaultValue = "PT30M") Duration resetTtl,
                           @ConfigProperty(name = "org.account.password-reset.url") Optional<String> resetUrl,
                           @ConfigProperty(name = "org.invitations.accept-url",
                                   defaultValue = ProductionSafety.DEFAULT_ACCEPT_URL) String acceptUrl,
                           @ConfigProperty(name = "org.account.password-reset.max-per-email", defaultValue = "3") int resetMaxPerEmail,
                           @ConfigProperty(name = "org.account.password-reset.max-per-client", defaultValue = "10") int resetMaxPerClient,
                           @ConfigProperty(name = "org.account.password-reset.window", defaultValue = "PT15M") Duration resetWindow,
                           @ConfigProperty(name = "org.account.password-change.max-failures", defaultValue = "5") int passwordChangeMaxFailures,
                           @ConfigProperty(name = "org.account.password-change.failure-window", defaultValue = "PT15M") Duration passwordChangeFailureWindow) {
        this.resetTtl = resetTtl;
        this.resetUrl = resetUrl.map(String::strip).filter(url -> !url.isEmpty())
                .orElseGet(() -> defaultResetUrl(acceptUrl));
        this.resetMaxPerEmail = resetMaxPerEmail;
        this.resetMaxPerClient = resetMaxPerClient;
        this.resetWindow = resetWindow;
        this.passwordChangeMaxFailures = passwordChangeMaxFailures;
        this.passwordChangeFailureWindow = passwordChangeFailureWindow;
    }

    /**
     * @param acceptUrl the invitation accept link's template
     * @return the reset page on the same site: {@code /reset-password#token={token}} at the accept link's origin, so
     *         that a server whose accept link is https (as production demands) sends https reset links too
     */
    static String defaultResetUrl(String acceptUrl) {
        try {
            URI accept = URI.create(acceptUrl.replace("{token}", "token"));
            if (accept.getScheme() != null && accept.getRawAuthority() != null) {
                return accept.getScheme() + "://" + accept.getRawAuthority() + "/reset-password#token={token}";
            }
        } catch (IllegalArgumentException notAUri) {
            // The accept link is checked where it is used; the reset link falls back to the development page.
        }
        return "http://localhost:8080/reset-password#token={token}";
    }

    /** @return how long a reset token works ({@code org.account.password-reset.ttl}) */
    public Duration resetTtl() {
        return resetTtl;
    }

    /** @return the reset link template, {@code {token}} replaced ({@code org.account.password-reset.url}) */
    public String resetUrl() {
        return resetUrl;
    }

    /** @return reset requests for one email within the window */
    public int resetMaxPerEmail() {
        return resetMaxPerEmail;
    }

    /** @return reset requests (and unknown reset tokens) from one client within the window */
    public int resetMaxPerClient() {
        return resetMaxPerClient;
    }

    /** @return the window reset requests are counted in */
    public Duration resetWindow() {
        return resetWindow;
    }

    /** @return wrong current passwords for one user within the window before 429 */
    public int passwordChangeMaxFailures() {
        return passwordChangeMaxFailures;
    }

    /** @return that window */
    public Duration passwordChangeFailureWindow() {
        return passwordChangeFailureWindow;
    }
}
