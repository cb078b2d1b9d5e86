package io.orgkit.helidon;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;

import io.helidon.security.providers.common.spi.AnnotationAnalyzer;
import io.orgkit.api.permission.RequiresMembership;
import io.orgkit.api.permission.RequiresPermission;
import io.orgkit.api.permission.RequiresSession;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * Tells Helidon which resource methods need a caller, so that resources carry only portable annotations: without this,
 * Helidon treats {@code @RolesAllowed} alone as "no authentication needed" and answers 403 even without credentials.
 * {@code @PermitAll} authenticates optionally (a session may still be recognised, as accepting an invitation needs).
 */
public class OrgAnnotationAnalyzer implements AnnotationAnalyzer {
    @Override
    public AnalyzerResponse analyze(Class<?> application) {
        return AnalyzerResponse.abstain();
    }

    @Override
    public AnalyzerResponse analyze(Class<?> resource, AnalyzerResponse previous) {
        return respond(resource, previous);
    }

    @Override
    public AnalyzerResponse analyze(Method method, AnalyzerResponse previous) {
        return respond(method, previous);
    }

    private static AnalyzerResponse respond(AnnotatedElement element, AnalyzerResponse previous) {
        if (element.isAnnotationPresent(PermitAll.class)) {
            return AnalyzerResponse.builder(previous)
                    .authenticationResponse(Flag.OPTIONAL)
                    .authorizeResponse(Flag.OPTIONAL)
                    .build();
        }
        if (element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(DenyAll.class)) {
            return AnalyzerResponse.builder(previous)
                    .authenticationResponse(Flag.REQUIRED)
                    .authorizeResponse(Flag.REQUIRED)
                    .build();
        }
        if (element.isAnnotationPresent(RequiresPermission.class)
                || element.isAnnotationPresent(RequiresSession.class)
                || element.isAnnotationPresent(RequiresMembership.class)) {
            return AnalyzerResponse.builder(previous)
                    .authenticationResponse(Flag.REQUIRED)
                    .build();
        }
        return AnalyzerResponse.abstain(previous);
    }
}
