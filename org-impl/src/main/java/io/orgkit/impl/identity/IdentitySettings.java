package io.orgkit.impl.identity;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Which identity provider's tokens are accepted, and what they may do. Each {@code org.identity.*} key falls back to
 * its MicroProfile JWT twin ({@code mp.jwt.verify.issuer}, {@code mp.jwt.verify.publickey.location},
 * {@code mp.jwt.verify.audiences}), so a host that already configured MicroProfile JWT for its own endpoints configures
 * the module's with the same settings.
 */
@ApplicationScoped
public class IdentitySettings {
    private String issuer;
    private String keySetUrl;
    private String audience;
    private boolean createUsers;
    private String organizationClaim;

    /**
     * For the container's client proxy.
     */
    protected IdentitySettings() {
    }

    @Inject
    public IdentitySettings(Config config) {
        this.issuer = setting(config, "org.identity.issuer", "mp.jwt.verify.issuer").orElse(null);
        this.keySetUrl = setting(config, "org.identity.jwks-url", "mp.jwt.verify.publickey.location").orElse(null);
        // MicroProfile JWT allows a list of audiences; the module asks for one, the first.
        this.audience = setting(config, "org.identity.audience", "mp.jwt.verify.audiences")
                .map(value -> value.split(",")[0].strip()).orElse(null);
        this.createUsers = config.getOptionalValue("org.identity.create-users", Boolean.class).orElse(false);
        this.organizationClaim = config.getOptionalValue("org.identity.organization-claim", String.class)
                .orElse("org_id");
    }

    private static Optional<String> setting(Config config, String key, String microProfileKey) {
        return config.getOptionalValue(key, String.class).filter(value -> !value.isBlank())
                .or(() -> config.getOptionalValue(microProfileKey, String.class).filter(value -> !value.isBlank()))
                .map(String::strip);
    }

    /** @return whether tokens of an identity provider are accepted at all: an issuer and a key set are set */
    public boolean enabled() {
        return issuer != null && keySetUrl != null;
    }

    /** @return the exact {@code iss} every token must carry */
    public String issuer() {
        return issuer;
    }

    /** @return where the provider's JSON Web Key Set is fetched from (and refreshed when a new key appears) */
    public String keySetUrl() {
        return keySetUrl;
    }

    /** @return the audience every token's {@code aud} must contain, or {@code null} to accept any */
    public String audience() {
        return audience;
    }

    /**
     * @return whether an identity whose verified email has no user yet gets one on first sight (with no membership:
     *         organizations still invite it); without this only existing users and invited emails are accepted
     */
    public boolean createUsers() {
        return createUsers;
    }

    /** @return the claim that may name the organization to act in, when the request's header does not */
    public String organizationClaim() {
        return organizationClaim;
    }
}
