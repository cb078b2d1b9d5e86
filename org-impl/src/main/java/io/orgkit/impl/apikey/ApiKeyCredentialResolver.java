package io.orgkit.impl.apikey;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import io.orgkit.api.scope.Actor;
import io.orgkit.impl.kernel.RequestOrganization;
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
 * API keys to callers, in one statement per request (which also reads the key's organization: see
 * {@link RequestOrganization}). The key row is read every time, so a revoked key is refused on
 * the next request on every node; the role's permissions, and those of the role its creator holds, are read afresh
 * too: a key acts with what both its role and its creator hold at that moment.
 */
@ApplicationScoped
public class ApiKeyCredentialResolver implements CredentialResolver {
    // lastUsedAt to the minute: recording every use would make every read a write.
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private JpaApiKeyStore keys;
    private EffectiveRoles roles;
    private SystemTime time;
    private CredentialUseRecorder use;
    private RequestOrganization authenticated;

    /**
     * For the container's client proxy.
     */
    protected ApiKeyCredentialResolver() {
    }

    @Inject
    public ApiKeyCredentialResolver(JpaApiKeyStore keys, EffectiveRoles roles, SystemTime time,
                                    CredentialUseRecorder use, RequestOrganization authenticated) {
        this.use = use;
        this.authenticated = authenticated;
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
        if (key.organizationDeleted()) {
            // As when the organization was deleted for good: a restore brings the key back.
            throw new InvalidCredentialsException("The API key is unknown or was revoked");
        }
        Instant expiresAt = ApiKeyLifetime.effectiveExpiry(key.expiresAt(), key.createdAt(), key.maxLifetimeDays());
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            throw new InvalidCredentialsException("The API key has expired");
        }
        // A key is its creator's delegate: once the creator is gone from the organization, so is the key's authority
        // (leaving revokes the keys too, and deleting the user deletes them). A key made by the host application's own
        // code (a system actor) has no creator and acts with its role.
        if (key.createdByUserId() != null && key.creatorRoleName() == null) {
            throw new InvalidCredentialsException("The API key's creator no longer belongs to the organization");
        }
        if (key.lastUsedAt() == null || now.isAfter(key.lastUsedAt().plus(TOUCH_INTERVAL))) {
            use.record(CredentialUseRecorder.API_KEY, key.id(), now);
        }
        Set<String> permissions = new HashSet<>(roles.resolve(key.roleName(), key.role().orgRoleExists(),
                key.role().orgRolePermissions()));
        if (key.createdByUserId() != null) {
            // Never more than the creator holds now: a demoted creator's keys are demoted with them, at once.
            permissions.retainAll(roles.resolve(key.creatorRoleName(), key.creatorRole().orgRoleExists(),
                    key.creatorRole().orgRolePermissions()));
        }
        authenticated.remember(key.organization());
        Actor actor = new Actor(Actor.Kind.API_KEY, key.id(), key.createdByUserId(), "API key " + key.name(), false);
        return new Caller(actor, key.organizationId(), key.roleName(), permissions, key.organizationSuspended());
    }
}
