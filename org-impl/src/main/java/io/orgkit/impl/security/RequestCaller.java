package io.orgkit.impl.security;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.orgkit.api.error.OrgException;
import io.orgkit.impl.persistence.DatabaseAvailability;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The {@link CallerContext} of one request: {@link AuthenticationFilter} hands it the request's credentials, and the
 * first question resolves them.
 */
@RequestScoped
public class RequestCaller implements CallerContext {
    private static final Logger LOG = Logger.getLogger(RequestCaller.class.getName());

    private CallerAuthenticator authenticator;
    private Credentials credentials;
    private boolean resolved;
    private Caller caller;
    private OrgException refusal;
    private RuntimeException failure;

    protected RequestCaller() {
        // for the container's proxy
    }

    @Inject
    public RequestCaller(CallerAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    /**
     * Hands over the request's credentials. The same credentials presented again (a runtime adapter's authentication
     * step read them before the module's filter does) keep what was resolved: one lookup per request.
     *
     * @param credentials what the request presented
     */
    public void present(Credentials credentials) {
        if (credentials.equals(this.credentials)) {
            return;
        }
        this.credentials = credentials;
        this.resolved = false;
        this.caller = null;
        this.refusal = null;
        this.failure = null;
    }

    @Override
    public Optional<Caller> current() {
        resolve();
        if (failure != null) {
            throw new IllegalStateException("The caller could not be authenticated", failure);
        }
        return Optional.ofNullable(caller);
    }

    @Override
    public Optional<OrgException> refusal() {
        resolve();
        return Optional.ofNullable(refusal);
    }

    private void resolve() {
        if (resolved) {
            return;
        }
        resolved = true;
        if (credentials == null) {
            return;
        }
        try {
            caller = authenticator.authenticate(credentials).orElse(null);
        } catch (OrgException e) {
            LOG.log(Level.FINE, "Credentials refused: {0}", e.getMessage());
            refusal = e;
        } catch (RuntimeException e) {
            // A failure to check the credentials (the database unreachable, say) is the server's, not the caller's:
            // the request fails with 500 wherever it asks for the caller, never taken for an anonymous one.
            // A database that cannot be reached or a pool with no connection in time is answered 503, not logged per
            // request at SEVERE (an outage is logged once, when it begins).
            LOG.log(DatabaseAvailability.unreachable(e) || DatabaseAvailability.poolTimedOut(e) ? Level.FINE
                    : Level.SEVERE, "Authentication could not be completed", e);
            failure = e;
        }
    }
}
