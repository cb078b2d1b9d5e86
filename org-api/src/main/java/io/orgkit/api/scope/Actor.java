package io.orgkit.api.scope;

import java.util.Objects;

/**
 * Who performs an operation: what the module records as the one who invited, created or changed something, and what it
 * checks platform-wide rights against. Never carries a secret.
 *
 * @param kind        how the actor authenticated; never {@code null}
 * @param id          the session's or API key's id; the token's {@code jti} (or {@code null}) for
 *                    {@link Kind#IDENTITY_TOKEN}; {@code null} for {@link Kind#SYSTEM}
 * @param userId      the user behind a session, or the user who created an API key; {@code null} for a system actor or
 *                    a key whose creator is gone
 * @param displayName how the actor is shown to people (a user's email, {@code "API key <name>"}, a host job's name);
 *                    never {@code null}
 * @param superAdmin  whether the actor holds the platform's {@code Super Admin} flag (only a user can)
 */
public record Actor(Kind kind, String id, String userId, String displayName, boolean superAdmin) {

    /**
     * Checks the required parts.
     *
     * @throws NullPointerException if {@code kind} or {@code displayName} is {@code null}
     */
    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
    }

    /**
     * An actor of the host application itself (a job, an import), not a request: it is trusted by the code that
     * builds it and holds whatever permissions that code gives its {@link OrganizationScope}.
     *
     * @param name how it is shown as the author of changes; never {@code null}
     * @return the actor
     */
    public static Actor system(String name) {
        return new Actor(Kind.SYSTEM, null, null, name, false);
    }

    /**
     * @return whether this is a user's session (cookie or bearer)
     */
    public boolean isSession() {
        return kind == Kind.SESSION;
    }

    /**
     * @return whether this actor is a user signed in: a session of the module, or a token of the host's identity
     *         provider; what the user's own endpoints and the session-only ones accept
     */
    public boolean isUser() {
        return (kind == Kind.SESSION || kind == Kind.IDENTITY_TOKEN) && userId != null;
    }

    /**
     * How an actor proved who it is.
     */
    public enum Kind {
        /** A user's session ({@code orgs_…}), from the cookie or a bearer header. */
        SESSION,
        /** A bearer token (a signed JWT) of the host application's identity provider, for a user of the module. */
        IDENTITY_TOKEN,
        /** An organization API key ({@code orgk_…}). */
        API_KEY,
        /** The host application's own code, outside any request. */
        SYSTEM
    }
}
