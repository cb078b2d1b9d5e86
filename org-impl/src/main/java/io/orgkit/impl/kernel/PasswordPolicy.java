package io.orgkit.impl.kernel;

import io.orgkit.api.error.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the module's own passwords are in use ({@code org.auth.passwords.enabled}, default {@code true}). A host
 * whose users all come from its identity provider switches them off: logging in, changing or resetting a password
 * and creating a user with a password are then refused, and users sign in with the provider's tokens only.
 */
@ApplicationScoped
public class PasswordPolicy {
    private boolean enabled;

    /**
     * For the container's client proxy.
     */
    protected PasswordPolicy() {
    }

    @Inject
    public PasswordPolicy(@ConfigProperty(name = "org.auth.passwords.enabled", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    /** @return whether passwords are in use */
    public boolean enabled() {
        return enabled;
    }

    /**
     * @throws AccessDeniedException if passwords are switched off
     */
    public void requireEnabled() {
        if (!enabled) {
            throw new AccessDeniedException("Passwords are switched off here: sign in with the identity provider");
        }
    }
}
