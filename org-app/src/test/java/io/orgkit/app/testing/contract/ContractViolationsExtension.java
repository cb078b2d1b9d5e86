package io.orgkit.app.testing.contract;

import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test during which any exchange broke the served OpenAPI document, even one whose failure the test itself
 * caught or made on another thread. Registered for every test by JUnit's extension auto-detection
 * ({@code junit-platform.properties}).
 */
public class ContractViolationsExtension implements BeforeEachCallback, AfterEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        ContractCheck.drain(); // what a class's set-up did is checked, but not charged to its first test
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> violations = ContractCheck.drain();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " exchange(s) broke the OpenAPI document:\n"
                    + String.join("\n", violations));
        }
    }
}
