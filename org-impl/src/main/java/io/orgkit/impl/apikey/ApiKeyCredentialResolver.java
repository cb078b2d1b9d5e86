package io.orgkit.impl.apikey;

import java.time.Instant;

import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.role.RoleResolver;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CredentialKind;
import io.orgkit.impl.security.CredentialResolver;
import io.orgkit.impl.security.InvalidCredentialsException;
import io.orgkit.impl.security.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * API keys to callers. The key row is read on every request, so a revoked key is refused on the next request on every
 * node; the role's permissions are read afresh too.
 */
@ApplicationScoped
public class ApiKeyCredentialResolver implements CredentialResolver {
    private final JpaApiKeyStore keys;
    private final RoleResolver roles;
    private final SystemTime time;

    @Inject
    public ApiKeyCredentialResolver(JpaApiKeyStore keys, RoleResolver roles, SystemTime time) {
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
        ApiKeyEntity key = keys.findByHash(SecretTokens.hash(token))
                .orElseThrow(() -> new InvalidCredentialsException("The API key is unknown or was revoked"));
        if (key.isExpired(now)) {
            throw new InvalidCredentialsException("The API key has expired");
        }
        key.touch(now);
        return new Caller(null, "API key " + key.name(), false, key.organizationId(), key.roleName(),
                roles.permissionsOf(key.organizationId(), key.roleName()), CredentialKind.API_KEY, key.id());
    }
}
