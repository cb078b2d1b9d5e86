package io.orgkit.impl;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layout rules fail on code that breaks them: {@code io.orgkit.badlayout} (test sources only) has two features
 * that import each other, and a service that builds an HTTP response.
 */
class ModuleLayoutRulesTest {
    private static final String BAD = "io.orgkit.badlayout";
    private static JavaClasses bad;

    @BeforeAll
    static void importClasses() {
        bad = new ClassFileImporter().importPackages(BAD);
    }

    @Test
    void aCycleBetweenPackagesFailsTheBuild() {
        EvaluationResult result = ModuleLayout.noCycles(BAD).evaluate(bad);
        assertTrue(result.hasViolation(), "the cycle member <-> role is reported");
        assertTrue(result.getFailureReport().toString().contains("Cycle detected"), result.getFailureReport()::toString);
    }

    @Test
    void aFeatureImportingAnotherFailsTheBuild() {
        boolean violated = false;
        for (ArchRule rule : ModuleLayout.independentFeatures(BAD)) {
            violated |= rule.evaluate(bad).hasViolation();
        }
        assertTrue(violated, "member imports role");
    }

    @Test
    void aServiceImportingJaxRsFailsTheBuild() {
        EvaluationResult result = ModuleLayout.servicesAndStoresWithoutHttp(BAD).evaluate(bad);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("LeakyMemberService"),
                result.getFailureReport()::toString);
    }
}
