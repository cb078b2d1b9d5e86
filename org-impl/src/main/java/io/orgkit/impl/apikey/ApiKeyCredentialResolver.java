package io.orgkit.impl.apikey;

import java.time.Duration;
import java.time.Instant;

import io.orgkit.api.scope.Actor;
import io.orgkit.impl.kernel.EffectiveRoles;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.secret.SecretTokens;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CredentialKind;
import io.orgkit.impl.security.CredentialResolver;
import io.orgkit.impl.security.CredentialUseRecorder;
import io.orgkit.impl.security.InvalidCredentialsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * API keys to callers, in one statement per request. The key row is read every time, so a revoked key is refused on
 * the next request on every node; the role's permissions are read afresh too.
 */
@ApplicationScoped
public class ApiKeyCredentialResolver implements CredentialResolver {
    // lastUsedAt to the minute: recording every use would make every read a write.
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private JpaApiKeyStore keys;
    private EffectiveRoles roles;
    private SystemTime time;
    private CredentialUseRecorder use;

    /**
     * For the container's client proxy.
     */
    protected ApiKeyCredentialResolver() {
    }

    @Inject
    public ApiKeyCredentialResolver(JpaApiKeyStore keys, EffectiveRoles roles, SystemTime time,
                                    CredentialUseRecorder use) {
        this.use = use;
        this.keys = keys;
        this.roles = roles;
        this.time = time;
    }

    @Override
    public boolean supports(CredentialKind kind) {
        return kind == CredentialKind.API_KEY;
    }

    @Override
    public Caller resolve(String token, CredentialKind kind) {
        Instant now = time.now();
        JpaApiKeyStore.ApiKeyGrant key = keys.findGrant(SecretTokens.hash(token))
                .orElseThrow(() -> new InvalidCredentialsException("The API key is unknown or was revoked"));
        if (key.expiresAt() != null && !now.isBefore(key.expiresAt())) {
            throw new InvalidCredentialsException("The API key has expired");
        }
        if (key.lastUsedAt() == null || now.isAfter(key.lastUsedAt().plus(TOUCH_INTERVAL))) {
            use.record(CredentialUseRecorder.API_KEY, key.id(), now);
        }
        Actor actor = new Actor(Actor.Kind.API_KEY, key.id(), key.createdByUserId(), "API key " + key.name(), false);
        return new Caller(actor, key.organizationId(), key.roleName(),
                roles.resolve(key.roleName(), key.role().orgRoleExists(), key.role().orgRolePermissions()));
    }
}
