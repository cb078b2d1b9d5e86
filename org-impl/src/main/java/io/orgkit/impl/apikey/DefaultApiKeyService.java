package io.orgkit.impl.apikey;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.orgkit.api.apikey.ApiKeyService;
import io.orgkit.api.apikey.ApiKeyView;
import io.orgkit.api.apikey.CreateApiKeyRequest;
import io.orgkit.api.apikey.CreatedApiKey;
import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.ReadOnly;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.role.RoleResolver;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CallerContext;
import io.orgkit.impl.security.Credentials;
import io.orgkit.impl.security.SecretTokens;
import io.orgkit.impl.web.CursorCodec;
import io.orgkit.impl.web.FieldChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * API keys of the caller's organization.
 */
@ApplicationScoped
public class DefaultApiKeyService implements ApiKeyService {
    // "orgk_" and seven characters: enough to tell keys apart in a list, far too little to guess the rest.
    private static final int PREFIX_LENGTH = 12;

    private final JpaApiKeyStore keys;
    private final RoleResolver roles;
    private final CallerContext callers;
    private final SystemTime time;

    @Inject
    public DefaultApiKeyService(JpaApiKeyStore keys, RoleResolver roles, CallerContext callers, SystemTime time) {
        this.keys = keys;
        this.roles = roles;
        this.callers = callers;
        this.time = time;
    }

    @Override
    @ReadOnly
    public Page<ApiKeyView> list(PageRequest page) {
        String organizationId = callers.require().requireOrganization();
        List<ApiKeyEntity> rows = keys.page(organizationId, CursorCodec.decode(page.cursor()), page.limit());
        boolean more = rows.size() > page.limit();
        List<ApiKeyView> data = rows.stream().limit(page.limit()).map(DefaultApiKeyService::view).toList();
        return new Page<>(data, more ? CursorCodec.encode(data.getLast().id()) : null);
    }

    @Override
    @Transactional
    public CreatedApiKey create(CreateApiKeyRequest request) {
        Caller caller = callers.require();
        String organizationId = caller.requireOrganization();
        String name = FieldChecks.requiredText("name", request.name(), 100);
        if (request.role() == null || request.role().isBlank()) {
            throw InvalidRequestException.field("role", "is required");
        }
        String role = roles.canonicalName(organizationId, FieldChecks.requiredText("role", request.role(), 64))
                .orElseThrow(() -> new UnprocessableException("role", "no such role in this organization"));
        Instant now = time.now();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw InvalidRequestException.field("expiresAt", "must be in the future");
        }
        Set<String> missing = new HashSet<>(roles.permissionsOf(organizationId, role));
        missing.removeAll(caller.permissions());
        if (!missing.isEmpty()) {
            throw new AccessDeniedException("The role '" + role + "' grants permissions you do not hold", missing);
        }
        String secret = SecretTokens.generate(Credentials.API_KEY_PREFIX);
        ApiKeyEntity key = new ApiKeyEntity(Ids.newId(), organizationId, name, role,
                secret.substring(0, PREFIX_LENGTH), SecretTokens.hash(secret), caller.userId(), now,
                request.expiresAt());
        keys.add(key);
        return new CreatedApiKey(key.id(), key.name(), key.roleName(), key.prefix(), secret, key.createdAt(),
                key.expiresAt());
    }

    @Override
    @Transactional
    public void revoke(String id) {
        String organizationId = callers.require().requireOrganization();
        ApiKeyEntity key = (Ids.isWellFormed(id) ? keys.find(organizationId, id) : java.util.Optional.<ApiKeyEntity>empty())
                .orElseThrow(() -> new ResourceNotFoundException("No API key " + id + " in this organization"));
        keys.remove(key);
    }

    private static ApiKeyView view(ApiKeyEntity key) {
        return new ApiKeyView(key.id(), key.name(), key.roleName(), key.prefix(), key.createdAt(), key.expiresAt(),
                key.lastUsedAt());
    }
}
