package io.orgkit.app.testing.contract;

import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test during which any exchange broke the served OpenAPI document, even one whose failure the test itself
 * caught or made on another thread; what a class's set-up or tear-down broke fails the next test, or the class.
 * Registered for every test by JUnit's extension auto-detection ({@code junit-platform.properties}).
 */
public class ContractViolationsExtension implements AfterEachCallback, AfterAllCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        report();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        report();
    }

    private static void report() {
        List<String> violations = ContractCheck.drain();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " exchange(s) broke the OpenAPI document:\n"
                    + String.join("\n", violations));
        }
    }
}
