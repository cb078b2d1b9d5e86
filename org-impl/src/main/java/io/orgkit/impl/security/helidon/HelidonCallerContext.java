package io.orgkit.impl.security.helidon;

import java.util.Optional;

import io.helidon.common.context.Context;
import io.helidon.common.context.Contexts;
import io.helidon.security.SecurityContext;
import io.orgkit.api.error.OrgException;
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
        Optional<Context> request = Contexts.context();
        Optional<Failure> failure = request.flatMap(context -> context.get(Failure.class));
        if (failure.isPresent()) {
            // Whoever the caller was could not be found out: no answer may pretend it was anonymous.
            throw new IllegalStateException("The caller could not be authenticated", failure.get().cause());
        }
        return request
                .flatMap(context -> context.get(SecurityContext.class))
                .flatMap(SecurityContext::user)
                .flatMap(subject -> subject.privateCredential(Caller.class));
    }

    @Override
    public Optional<OrgException> refusal() {
        return Contexts.context()
                .flatMap(context -> context.get(Refusal.class))
                .map(Refusal::exception);
    }

    /**
     * Why {@link OrgAuthenticationProvider} refused the request's credentials; kept in the request's context so the
     * problem answer can say it, and so that an endpoint open to anonymous callers can still answer with it.
     *
     * @param exception the refusal
     */
    record Refusal(OrgException exception) {
    }

    /**
     * A failure inside the server while {@link OrgAuthenticationProvider} checked the request's credentials.
     *
     * @param cause what failed
     */
    record Failure(RuntimeException cause) {
    }
}
