package io.orgkit.impl.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Two modes, as Keycloak's {@code start-dev} and {@code start}: {@code org.mode=development} (the development
 * profile) and {@code org.mode=production}, the default. At start-up, before the database is touched, the module
 * refuses to start in production on settings that are only fit for a developer's machine, naming each setting and its
 * environment variable; in any mode it refuses to start without a way to send email, since an invitation that is never
 * delivered, or delivered only to a log, must be chosen, not stumbled into.
 */
@ApplicationScoped
public class ProductionSafety {
    /** The mode setting. */
    public static final String MODE = "org.mode";
    /** Its value for a development machine; anything else is production. */
    public static final String DEVELOPMENT = "development";

    private static final Logger LOG = Logger.getLogger(ProductionSafety.class.getName());

    // Before Flyway (PLATFORM_BEFORE) and everything else that starts with the application.
    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 100) @Initialized(ApplicationScoped.class)
               Object event) {
        Config config = ConfigProvider.getConfig();
        Function<String, Optional<String>> setting = key -> config.getOptionalValue(key, String.class)
                .map(String::strip).filter(value -> !value.isEmpty());
        boolean production = isProduction(setting);
        List<String> problems = problems(setting, production);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(refusal(problems, production));
        }
        if (!production) {
            LOG.warning("orgkit runs in development mode (" + MODE + "=" + DEVELOPMENT + "): settings unfit for "
                    + "production are allowed. Never expose this server.");
        }
    }

    /**
     * @param setting a lookup of a setting's value (absent when unset or empty)
     * @return whether the settings ask for production mode (the default)
     */
    public static boolean isProduction(Function<String, Optional<String>> setting) {
        return !setting.apply(MODE).map(mode -> mode.toLowerCase(Locale.ROOT).equals(DEVELOPMENT)).orElse(false);
    }

    /**
     * @param setting    a lookup of a setting's value (absent when unset or empty)
     * @param production whether the server runs in production mode
     * @return what is wrong, one sentence per setting, each naming the setting and its environment variable; empty
     *         when the server may start
     */
    public static List<String> problems(Function<String, Optional<String>> setting, boolean production) {
        List<String> problems = new ArrayList<>();
        boolean logOnly = flag(setting, "org.mail.log-only");
        Optional<String> host = setting.apply("org.mail.smtp.host");
        if (production && logOnly) {
            problems.add(named("org.mail.log-only") + " is true: emails, invitation links with their tokens included, "
                    + "would be written to the log instead of sent. Production sends them over SMTP: set "
                    + named("org.mail.smtp.host") + " and remove org.mail.log-only.");
        } else if (!logOnly && host.isEmpty()) {
            problems.add(named("org.mail.smtp.host") + " is not set, so no invitation email could be sent. Set it to "
                    + "your SMTP server" + (production ? "." : ", or, on a development machine only, set "
                    + named("org.mail.log-only") + " to true to write emails to the log."));
        }
        if (production && !flag(setting, "org.sessions.cookie-secure")) {
            problems.add(named("org.sessions.cookie-secure") + " is false: browsers would send the session cookie "
                    + "over plain HTTP. Serve the API over HTTPS and set it to true.");
        }
        String acceptUrl = setting.apply("org.invitations.accept-url").orElse(DEFAULT_ACCEPT_URL);
        if (production && !acceptUrl.toLowerCase(Locale.ROOT).startsWith("https://")) {
            problems.add(named("org.invitations.accept-url") + " is " + (acceptUrl.equals(DEFAULT_ACCEPT_URL)
                    ? "not set (the default is a development link, " + DEFAULT_ACCEPT_URL + ")" : "not an https:// link")
                    + ": invitation tokens would travel in clear. Set it to your application's https:// page, with "
                    + "{token} in the fragment (after #).");
        }
        Optional<String> resetUrl = setting.apply("org.account.password-reset.url");
        if (production && resetUrl.isPresent() && !resetUrl.get().toLowerCase(Locale.ROOT).startsWith("https://")) {
            problems.add(named("org.account.password-reset.url") + " is not an https:// link: password reset tokens "
                    + "would travel in clear. Set it to your application's https:// page, with {token} in the fragment "
                    + "(after #), or remove it to use the accept link's site.");
        }
        Optional<String> keySet = setting.apply("org.identity.jwks-url")
                .or(() -> setting.apply("mp.jwt.verify.publickey.location"));
        if (production && keySet.isPresent() && keySet.get().toLowerCase(Locale.ROOT).startsWith("http://")
                && !loopback(keySet.get())) {
            problems.add(named("org.identity.jwks-url") + " is an http:// address: whoever sits between the server "
                    + "and the identity provider could hand it their own keys and sign in as anyone. Use https:// (or "
                    + "a provider on this machine's loopback interface).");
        }
        if (production && !logOnly && setting.apply("org.mail.smtp.username").isPresent()
                && !flag(setting, "org.mail.smtp.starttls")) {
            problems.add(named("org.mail.smtp.username") + " is set but " + named("org.mail.smtp.starttls")
                    + " is false: SMTP AUTH would send the password in clear. Set org.mail.smtp.starttls to true.");
        }
        return problems;
    }

    /** The module's default accept link: a development page, fit for the development profile only. */
    public static final String DEFAULT_ACCEPT_URL = "http://localhost:8080/accept-invitation#token={token}";

    private static String refusal(List<String> problems, boolean production) {
        StringBuilder text = new StringBuilder("orgkit refuses to start in " + (production
                ? "production mode (" + MODE + "=production, the default)" : "development mode")
                + " because of " + problems.size() + " setting(s):");
        problems.forEach(problem -> text.append("\n  - ").append(problem));
        if (production) {
            text.append("\nOn a developer's machine, start the development profile instead (java -jar org-app.jar "
                    + "start-dev, or -Dmp.config.profile=dev).");
        }
        return text.toString();
    }

    // A key set on this machine's loopback interface travels no network: a sidecar provider, or a test's.
    private static boolean loopback(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host != null && (host.equalsIgnoreCase("localhost") || host.equals("127.0.0.1")
                    || host.equals("[::1]") || host.equals("::1"));
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static boolean flag(Function<String, Optional<String>> setting, String key) {
        return setting.apply(key).map(value -> value.equalsIgnoreCase("true")).orElse(false);
    }

    private static String named(String key) {
        return key + " (" + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + ")";
    }
}
