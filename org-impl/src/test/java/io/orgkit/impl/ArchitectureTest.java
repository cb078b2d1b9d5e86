package io.orgkit.impl;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.orgkit.impl.security.Gate;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the code that a reviewer would otherwise have to remember. {@link ModuleLayout} holds the package rules
 * themselves, so that {@link ModuleLayoutRulesTest} can show each one failing on code that breaks it.
 */
class ArchitectureTest {
    private static final Set<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            Set.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class, HEAD.class, OPTIONS.class);

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
    void noCycleBetweenPackages() {
        ModuleLayout.NO_CYCLES.check(impl);
    }

    @Test
    void featuresStandSideBySideOnTheKernel() {
        for (ArchRule rule : ModuleLayout.FEATURES_INDEPENDENT) {
            rule.check(impl);
        }
    }

    @Test
    void theKernelAndTheLayersBelowItKnowNoFeature() {
        ModuleLayout.KERNEL_BELOW_FEATURES.check(impl);
    }

    @Test
    void servicesAndStoresNeverTouchHttp() {
        ModuleLayout.SERVICES_AND_STORES_WITHOUT_HTTP.check(impl);
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() {
        List<String> ungated = new ArrayList<>();
        int checked = 0;
        for (JavaClass javaClass : impl) {
            Class<?> resource = javaClass.reflect();
            for (Method method : resource.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                checked++;
                if (!Gate.of(method, resource).declared()) {
                    ungated.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(checked >= 25, "found only " + checked + " resource methods: is the scan broken?");
        assertTrue(ungated.isEmpty(), "Resource methods without @RolesAllowed, @PermitAll, @DenyAll, "
                + "@RequiresPermission, @RequiresSession or @RequiresMembership (deny by default): " + ungated);
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
            for (Method method : javaClass.reflect().getDeclaredMethods()) {
                if (HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent)) {
                    assertFalse(method.getReturnType().isAnnotationPresent(Entity.class),
                            method + " returns an entity; map it to a view record");
                }
            }
        }
    }

    @Test
    void theRulesSeeTheWholeModule() {
        EvaluationResult result = ModuleLayout.NO_CYCLES.evaluate(impl);
        assertFalse(result.hasViolation());
        assertTrue(impl.containPackage("io.orgkit.impl.kernel") && impl.containPackage("io.orgkit.impl.routing"),
                "the import found the module's packages");
    }
}
