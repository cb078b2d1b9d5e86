package io.orgkit.jakarta;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.orgkit.api.permission.SystemRoles;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.Credentials;
import io.orgkit.impl.security.RequestCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Jakarta Security's view of the module's caller: a session token or API key becomes the runtime's caller, with the
 * organization role and, for a super admin's session, {@code Super Admin} as its groups, so that a host application's
 * own {@code SecurityContext} and {@code isCallerInRole} know the caller too.
 *
 * <p>It resolves the credentials the module's way ({@link RequestCaller}), once: the module's own filter, which runs
 * later, finds them resolved. It never answers a request itself: without credentials, or with refused ones, it does
 * nothing, and the module's gates answer with their problem documents (401, 403). The gates do not depend on it:
 * a runtime that never calls it (WildFly without a security domain) is as safe.
 */
@ApplicationScoped
public class OrgkitAuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final Logger LOG = Logger.getLogger(OrgkitAuthenticationMechanism.class.getName());

    private RequestCaller callers;

    /**
     * For the container's client proxy.
     */
    protected OrgkitAuthenticationMechanism() {
    }

    @Inject
    public OrgkitAuthenticationMechanism(RequestCaller callers) {
        this.callers = callers;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credentials credentials = Credentials.read(name -> {
            List<String> values = Collections.list(request.getHeaders(name));
            return values;
        }, request.getMethod());
        if (credentials.token() == null) {
            return context.doNothing();
        }
        Optional<Caller> caller;
        try {
            callers.present(credentials);
            caller = callers.current();
        } catch (RuntimeException e) {
            // Refused or failed credentials are answered by the module's gates, with a problem document.
            LOG.log(Level.FINE, "No caller for the runtime", e);
            return context.doNothing();
        }
        if (caller.isEmpty()) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(new CredentialValidationResult(name(caller.get()),
                groups(caller.get())));
    }

    static String name(Caller caller) {
        return caller.actor().userId() != null ? caller.actor().userId() : caller.actor().id();
    }

    static Set<String> groups(Caller caller) {
        Set<String> groups = new HashSet<>();
        if (caller.role() != null) {
            groups.add(caller.role());
        }
        if (caller.actor().superAdmin()) {
            groups.add(SystemRoles.SUPER_ADMIN);
        }
        return groups;
    }
}
