package io.orgkit.impl;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.orgkit.impl.json.CachedJsonProvider;
import io.orgkit.impl.json.StrictJson;
import io.orgkit.impl.security.CallerContext;
import io.orgkit.impl.security.Gate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
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

    private static final Set<Class<? extends java.lang.annotation.Annotation>> NORMAL_SCOPES =
            Set.of(ApplicationScoped.class, RequestScoped.class, SessionScoped.class);

    private static final String[] RUNTIME_PACKAGES = {"io.helidon..", "org.glassfish..", "org.jboss..",
            "fish.payara..", "com.ibm.websphere..", "io.openliberty..", "org.eclipse.persistence..", "org.hibernate.."};

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
    void everyNormalScopedBeanCanBeProxiedByAStrictContainer() {
        List<String> unproxyable = new ArrayList<>();
        int checked = 0;
        for (JavaClass javaClass : impl) {
            Class<?> type = javaClass.reflect();
            if (NORMAL_SCOPES.stream().noneMatch(type::isAnnotationPresent)) {
                continue;
            }
            checked++;
            if (Modifier.isFinal(type.getModifiers())) {
                unproxyable.add(type.getSimpleName() + " is final");
            }
            if (!hasConstructorWithoutParameters(type, false)) {
                unproxyable.add(type.getSimpleName() + " has no non-private constructor without parameters");
            }
            for (Method method : type.getMethods()) {
                if (Modifier.isFinal(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && method.getDeclaringClass() != Object.class) {
                    unproxyable.add(type.getSimpleName() + "." + method.getName() + " is final");
                }
            }
        }
        assertTrue(checked >= 40, "found only " + checked + " normal-scoped beans: is the scan broken?");
        assertTrue(unproxyable.isEmpty(), "Weld without relaxed construction (Payara, WildFly) refuses these "
                + "(WELD-001410/WELD-001437): " + unproxyable);
    }

    @Test
    void everyResourceAndProviderHasAPublicConstructorWithoutParameters() {
        List<String> missing = new ArrayList<>();
        for (JavaClass javaClass : impl) {
            Class<?> type = javaClass.reflect();
            if ((type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class))
                    && !hasConstructorWithoutParameters(type, true)) {
                missing.add(type.getSimpleName());
            }
        }
        assertTrue(missing.isEmpty(), "RESTEasy refuses to register these (RESTEASY003190): " + missing);
    }

    @Test
    void requestPathsNeverLookTheJsonProviderUpPerCall() {
        // Json.create… runs the ServiceLoader on every call (about 50 µs on the server's class path); a static factory
        // made once (StrictJson's reader factory, read at start-up) is fine, and so is the start-up document reader.
        noClasses().that().doNotHaveFullyQualifiedName(CachedJsonProvider.class.getName())
                .and().doNotHaveFullyQualifiedName(StrictJson.class.getName())
                .and().doNotHaveFullyQualifiedName("io.orgkit.impl.web.ModuleDocument")
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.equivalentTo(jakarta.json.Json.class))))
                .because("Json.create… looks the JSON-P provider up on every call; use CachedJsonProvider.JSON")
                .check(impl);
    }

    @Test
    void theModuleDependsOnNoRuntime() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(RUNTIME_PACKAGES)
                .because("org-impl runs on any MicroProfile runtime; what a runtime needs is in its adapter "
                        + "(org-impl/helidon, org-impl/jakarta)")
                .check(impl);
    }

    @Test
    void noClassOrResourceOfTheModuleNamesHelidon() throws IOException, URISyntaxException {
        java.nio.file.Path classes = java.nio.file.Path.of(CallerContext.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> naming = new ArrayList<>();
        int files = 0;
        try (Stream<java.nio.file.Path> walk = Files.walk(classes)) {
            for (java.nio.file.Path file : walk.filter(Files::isRegularFile).toList()) {
                files++;
                // Class files keep their strings (and type names, with slashes) as UTF-8 in the constant pool.
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (content.contains("io.helidon") || content.contains("io/helidon")) {
                    naming.add(classes.relativize(file).toString());
                }
            }
        }
        assertTrue(files > 100, "found only " + files + " files under " + classes + ": is the scan broken?");
        assertTrue(naming.isEmpty(), "org-impl names Helidon (a property read by name, a service file, a type): "
                + naming);
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

    private static boolean hasConstructorWithoutParameters(Class<?> type, boolean mustBePublic) {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            int modifiers = constructor.getModifiers();
            if (constructor.getParameterCount() == 0
                    && (mustBePublic ? Modifier.isPublic(modifiers) : !Modifier.isPrivate(modifiers))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theRulesSeeTheWholeModule() {
        EvaluationResult result = ModuleLayout.NO_CYCLES.evaluate(impl);
        assertFalse(result.hasViolation());
        assertTrue(impl.containPackage("io.orgkit.impl.kernel") && impl.containPackage("io.orgkit.impl.routing"),
                "the import found the module's packages");
    }
}
