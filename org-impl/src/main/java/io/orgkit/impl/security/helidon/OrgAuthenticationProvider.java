package io.orgkit.impl.security.helidon;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.common.context.Contexts;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Principal;
import io.helidon.security.ProviderRequest;
import io.helidon.security.Role;
import io.helidon.security.SecurityResponse;
import io.helidon.security.Subject;
import io.helidon.security.spi.AuthenticationProvider;
import io.orgkit.api.error.OrgException;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CallerAuthenticator;
import io.orgkit.impl.security.Credentials;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Helidon Security's view of {@link CallerAuthenticator}: sessions and API keys become a {@link Subject} whose roles
 * are the organization role and, for a super admin's session, {@code Super Admin}, so that {@code @RolesAllowed}
 * works; the {@link Caller} itself travels as the subject's private credential.
 */
public class OrgAuthenticationProvider implements AuthenticationProvider {
    private static final Logger LOG = Logger.getLogger(OrgAuthenticationProvider.class.getName());
    private volatile CallerAuthenticator authenticator;

    @Override
    public AuthenticationResponse authenticate(ProviderRequest request) {
        Map<String, List<String>> headers = request.env().headers();
        Credentials credentials = Credentials.read(name -> header(headers, name), request.env().method());
        try {
            Optional<Caller> caller = authenticator().authenticate(credentials);
            return caller.map(OrgAuthenticationProvider::success).orElseGet(AuthenticationResponse::abstain);
        } catch (OrgException e) {
            LOG.log(Level.FINE, "Authentication refused: {0}", e.getMessage());
            Contexts.context().ifPresent(context -> context.register(new HelidonCallerContext.Refusal(e)));
            return AuthenticationResponse.builder()
                    .status(SecurityResponse.SecurityStatus.FAILURE)
                    .statusCode(e.status())
                    .description(e.getMessage())
                    .responseHeader("WWW-Authenticate", "Bearer")
                    .build();
        } catch (RuntimeException e) {
            // A failure to check the credentials (the database unreachable, say) is the server's, not the caller's:
            // answered 500, logged at SEVERE, never mistaken for bad credentials. Helidon lets an endpoint open to
            // anonymous callers run on after a failed authentication: the failure is kept so that, if it asks for the
            // caller, it fails with 500 too instead of taking the request for an anonymous one.
            LOG.log(Level.SEVERE, "Authentication could not be completed", e);
            Contexts.context().ifPresent(context -> context.register(new HelidonCallerContext.Failure(e)));
            return AuthenticationResponse.builder()
                    .status(SecurityResponse.SecurityStatus.FAILURE)
                    .statusCode(500)
                    .description("The server failed to handle the request")
                    .build();
        }
    }

    private static AuthenticationResponse success(Caller caller) {
        String name = caller.userId() != null ? caller.userId() : caller.credentialId();
        Subject.Builder subject = Subject.builder()
                .principal(Principal.builder().name(name).id(name).build())
                .addPrivateCredential(Caller.class, caller);
        if (caller.role() != null) {
            subject.addGrant(Role.create(caller.role()));
        }
        if (caller.superAdmin()) {
            subject.addGrant(Role.create(SystemRoles.SUPER_ADMIN));
        }
        return AuthenticationResponse.success(subject.build());
    }

    private static List<String> header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return List.of();
    }

    private CallerAuthenticator authenticator() {
        CallerAuthenticator current = authenticator;
        if (current == null) {
            // Helidon instantiates providers through the service loader, outside CDI.
            current = CDI.current().select(CallerAuthenticator.class).get();
            authenticator = current;
        }
        return current;
    }
}
