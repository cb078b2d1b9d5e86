package io.orgkit.impl;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.orgkit.api.permission.RequiresMembership;
import io.orgkit.api.permission.RequiresPermission;
import io.orgkit.api.permission.RequiresSession;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the code that a reviewer would otherwise have to remember.
 */
class ArchitectureTest {
    private static final Set<Class<? extends Annotation>> HTTP_METHODS =
            Set.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class, HEAD.class, OPTIONS.class);
    private static final Set<Class<? extends Annotation>> GATES = Set.of(RolesAllowed.class, PermitAll.class,
            DenyAll.class, RequiresPermission.class, RequiresSession.class, RequiresMembership.class);

    private static JavaClasses impl;
    private static JavaClasses api;

    @BeforeAll
    static void importClasses() {
        impl = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.orgkit.impl");
        api = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.orgkit.api");
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() {
        List<String> ungated = new ArrayList<>();
        int checked = 0;
        for (JavaClass javaClass : impl) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = javaClass.reflect();
            for (Method method : resource.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                checked++;
                boolean gated = GATES.stream().anyMatch(gate -> method.isAnnotationPresent(gate)
                        || resource.isAnnotationPresent(gate));
                if (!gated) {
                    ungated.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(checked >= 7, "found only " + checked + " resource methods: is the scan broken?");
        assertTrue(ungated.isEmpty(), "Resource methods without @RolesAllowed, @PermitAll, @RequiresPermission, "
                + "@RequiresSession or @RequiresMembership (deny by default): " + ungated);
    }

    @Test
    void onlyTheAdapterPackageTouchesHelidon() {
        noClasses().that().resideOutsideOfPackage("io.orgkit.impl.security.helidon..")
                .should().dependOnClassesThat().resideInAPackage("io.helidon..")
                .because("org-impl must stay portable to any MicroProfile runtime")
                .check(impl);
    }

    @Test
    void theApiDependsOnSpecificationsOnly() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "jakarta..", "org.eclipse.microprofile..", "io.orgkit.api..")
                .because("org-api is the contract: Jakarta and MicroProfile APIs only")
                .check(api);
    }

    @Test
    void entitiesNeverLeaveThroughResources() {
        for (JavaClass javaClass : impl) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            for (Method method : javaClass.reflect().getDeclaredMethods()) {
                assertTrue(!method.getReturnType().isAnnotationPresent(Entity.class),
                        method + " returns an entity; map it to a view record");
            }
        }
    }
}
