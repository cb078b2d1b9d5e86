package io.orgkit.impl;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package layout of org-impl, as rules. Bottom to top: {@code persistence}, {@code secret}, {@code json},
 * {@code validation} and {@code throttle} (infrastructure); {@code kernel} (organizations, users, memberships, roles
 * and authorization, and the interfaces features reach each other through); {@code security} and {@code web}
 * (cross-cutting); the features side by side ({@code organization}, {@code member}, {@code role}, {@code invitation},
 * {@code apikey}, {@code auth}, {@code mail}, {@code account}, {@code identity}, {@code audit}, {@code webhook}, {@code domain}); and {@code routing}, the composition root that hangs the features'
 * resources in the URL tree.
 */
final class ModuleLayout {
    static final String ROOT = "io.orgkit.impl";
    static final List<String> FEATURES = List.of("organization", "member", "role", "invitation", "apikey", "auth",
            "mail", "account", "identity", "audit", "webhook", "domain");
    static final List<String> BELOW_FEATURES = List.of("kernel", "persistence", "secret", "json", "validation",
            "throttle", "idempotency", "security", "web");

    /** No two packages depend on each other, directly or through others. */
    static final ArchRule NO_CYCLES = noCycles(ROOT);

    /** No feature imports another: they meet only in the kernel's interfaces (and in the routing root). */
    static final List<ArchRule> FEATURES_INDEPENDENT = independentFeatures(ROOT);

    /** The kernel and the layers below and beside it never import a feature or the routing root. */
    static final ArchRule KERNEL_BELOW_FEATURES = noClasses()
            .that().resideInAnyPackage(BELOW_FEATURES.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new))
            .should().dependOnClassesThat().resideInAnyPackage(featurePackages(ROOT, true))
            .because("features stand on the kernel, not the other way round");

    /** Services and stores act on what they are given: no JAX-RS, no HTTP helpers. */
    static final ArchRule SERVICES_AND_STORES_WITHOUT_HTTP = servicesAndStoresWithoutHttp(ROOT);

    private ModuleLayout() {
    }

    /**
     * @param root the root package to apply the rule to
     * @return the rule that no two of its packages depend on each other, directly or through others
     */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .because("a cycle between packages ties them into one unit nobody can change alone");
    }

    /**
     * @param root the root package to apply the rule to
     * @return one rule per feature: it depends on no other feature
     */
    static List<ArchRule> independentFeatures(String root) {
        List<ArchRule> rules = new ArrayList<>();
        for (String feature : FEATURES) {
            List<String> others = FEATURES.stream().filter(other -> !other.equals(feature))
                    .map(other -> root + "." + other + "..").toList();
            rules.add(noClasses().that().resideInAPackage(root + "." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                    .because("feature '" + feature + "' may reach the others only through the kernel's interfaces")
                    .allowEmptyShould(true));
        }
        return rules;
    }

    /**
     * @param root the root package to apply the rule to
     * @return the rule that services and stores import neither JAX-RS nor the web package
     */
    static ArchRule servicesAndStoresWithoutHttp(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Store")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", root + ".web..")
                .because("services act on the organization they are given, never on HTTP");
    }

    private static String[] featurePackages(String root, boolean withRouting) {
        List<String> packages = new ArrayList<>(FEATURES.stream().map(f -> root + "." + f + "..").toList());
        if (withRouting) {
            packages.add(root + ".routing..");
        }
        return packages.toArray(String[]::new);
    }
}
