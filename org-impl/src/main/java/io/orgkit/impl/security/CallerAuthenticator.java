package io.orgkit.impl.security;

import java.util.List;
import java.util.Optional;

import io.orgkit.impl.persistence.ReadWithoutTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The portable heart of authentication: credentials in, caller out. A runtime adapter calls it once per request.
 */
@ApplicationScoped
public class CallerAuthenticator {
    private List<CredentialResolver> resolvers;

    /**
     * For the container's client proxy.
     */
    protected CallerAuthenticator() {
    }

    @Inject
    public CallerAuthenticator(Instance<CredentialResolver> resolvers) {
        this.resolvers = resolvers.stream().toList();
    }

    /**
     * @param credentials what the request presented
     * @return the caller, or empty when no credential was presented
     * @throws InvalidCredentialsException if a credential was presented but is not valid
     * @throws CsrfRejectedException       if a state-changing cookie request lacks {@code X-Requested-With}
     */
    @ReadWithoutTransaction
    public Optional<Caller> authenticate(Credentials credentials) {
        if (!credentials.present()) {
            return Optional.empty();
        }
        if (credentials.malformed()) {
            throw new InvalidCredentialsException("The credentials are malformed: send 'Authorization: Bearer orgs_…' "
                    + "or 'Authorization: Bearer orgk_…' or 'X-API-Key: orgk_…', or an identity provider's token as "
                    + "'Authorization: Bearer eyJ…'");
        }
        // Checked before the lookup: a forged cross-site request must not even refresh the session.
        if (credentials.kind() == CredentialKind.SESSION_COOKIE && credentials.changesState()
                && !credentials.requestedWith()) {
            throw new CsrfRejectedException();
        }
        for (CredentialResolver resolver : resolvers) {
            if (resolver.supports(credentials.kind())) {
                return Optional.of(resolver.resolve(credentials));
            }
        }
        throw new InvalidCredentialsException("Unsupported credentials");
    }
}
