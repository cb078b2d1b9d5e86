package io.orgkit.helidon;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Principal;
import io.helidon.security.ProviderRequest;
import io.helidon.security.Role;
import io.helidon.security.SecurityResponse;
import io.helidon.security.Subject;
import io.helidon.security.spi.AuthenticationProvider;
import io.orgkit.api.error.OrgException;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.impl.persistence.DatabaseAvailability;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CallerContext;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Helidon Security's view of the caller the module already resolved for the request ({@link CallerContext}): a
 * {@link Subject} whose roles are the organization role and, for a super admin's session, {@code Super Admin}, so that a
 * host application's own {@code @RolesAllowed} and Helidon's {@code SecurityContext} know the caller too. It adds no
 * lookup of its own: the module has read the credentials once, before matching.
 */
public class OrgAuthenticationProvider implements AuthenticationProvider {
    private static final Logger LOG = Logger.getLogger(OrgAuthenticationProvider.class.getName());

    private volatile CallerContext callers;
    private volatile DatabaseAvailability database;

    @Override
    public AuthenticationResponse authenticate(ProviderRequest request) {
        try {
            Optional<Caller> caller = callers().current();
            if (caller.isPresent()) {
                return success(caller.get());
            }
            Optional<OrgException> refusal = callers().refusal();
            if (refusal.isEmpty()) {
                return AuthenticationResponse.abstain();
            }
            OrgException e = refusal.get();
            LOG.log(Level.FINE, "Authentication refused: {0}", e.getMessage());
            AuthenticationResponse.Builder refused = AuthenticationResponse.builder()
                    .status(SecurityResponse.SecurityStatus.FAILURE)
                    .statusCode(e.status())
                    .description(e.getMessage());
            if (e.status() == 401) {
                // A challenge belongs to a 401 only: a cookie request refused for its missing X-Requested-With (403)
                // has valid credentials and nothing to re-authenticate.
                refused.responseHeader("WWW-Authenticate", "Bearer");
            }
            return refused.build();
        } catch (RuntimeException e) {
            if (database().noteFailure(e) || DatabaseAvailability.poolTimedOut(e)) {
                // The database is away, or no connection came in time: 503 with Retry-After, as the rest of the API
                // answers then.
                LOG.log(Level.FINE, "Authentication could not be completed: no database connection", e);
                return AuthenticationResponse.builder()
                        .status(SecurityResponse.SecurityStatus.FAILURE)
                        .statusCode(503)
                        .responseHeader("Retry-After", "1")
                        .description("The database cannot be reached or the server is busy; retry in a moment")
                        .build();
            }
            // Any other failure to check the credentials is the server's, not the caller's: answered 500, logged at
            // SEVERE, never mistaken for bad credentials.
            LOG.log(Level.SEVERE, "Authentication could not be completed", e);
            return AuthenticationResponse.builder()
                    .status(SecurityResponse.SecurityStatus.FAILURE)
                    .statusCode(500)
                    .description("The server failed to handle the request")
                    .build();
        }
    }

    private static AuthenticationResponse success(Caller caller) {
        String name = caller.actor().userId() != null ? caller.actor().userId() : caller.actor().id();
        Subject.Builder subject = Subject.builder()
                .principal(Principal.builder().name(name).id(name).build())
                .addPrivateCredential(Caller.class, caller);
        if (caller.role() != null) {
            subject.addGrant(Role.create(caller.role()));
        }
        if (caller.actor().superAdmin()) {
            subject.addGrant(Role.create(SystemRoles.SUPER_ADMIN));
        }
        return AuthenticationResponse.success(subject.build());
    }

    private DatabaseAvailability database() {
        DatabaseAvailability current = database;
        if (current == null) {
            current = CDI.current().select(DatabaseAvailability.class).get();
            database = current;
        }
        return current;
    }

    private CallerContext callers() {
        CallerContext current = callers;
        if (current == null) {
            // Helidon instantiates providers through the service loader, outside CDI.
            current = CDI.current().select(CallerContext.class).get();
            callers = current;
        }
        return current;
    }
}
