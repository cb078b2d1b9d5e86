package io.orgkit.impl.security.helidon;

import java.util.Optional;

import io.helidon.common.context.Contexts;
import io.helidon.security.SecurityContext;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the caller that {@link OrgAuthenticationProvider} put into the request's security context.
 */
@ApplicationScoped
public class HelidonCallerContext implements CallerContext {
    @Override
    public Optional<Caller> current() {
        return Contexts.context()
                .flatMap(context -> context.get(SecurityContext.class))
                .flatMap(SecurityContext::user)
                .flatMap(subject -> subject.privateCredential(Caller.class));
    }
}
