package io.orgkit.app.testing.contract;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds every exchange a test's client makes to the served OpenAPI document. A violation fails the call that made it
 * (an {@link AssertionError}, wrapped by the client) and is also kept until {@link ContractViolationsExtension} fails
 * the test that made it, so a violation seen on a background thread of a race test fails the test too.
 */
public final class ContractCheck {
    private static final List<String> UNREPORTED = new ArrayList<>();
    private static final ThreadLocal<Boolean> REQUEST_OUTSIDE_DOCUMENT = ThreadLocal.withInitial(() -> false);

    private ContractCheck() {
    }

    /**
     * @param exchange what a test's client sent and received
     * @throws AssertionError when the exchange breaks the served document
     */
    public static void check(Exchange exchange) {
        List<String> violations = OpenApiContract.servedBy(exchange.uri()).violations(exchange,
                REQUEST_OUTSIDE_DOCUMENT.get());
        if (!violations.isEmpty()) {
            String report = describe(exchange, violations);
            synchronized (UNREPORTED) {
                UNREPORTED.add(report);
            }
            throw new AssertionError(report);
        }
    }

    /**
     * Sends requests the document does not allow on purpose, to test what the server makes of them: their answers are
     * still held to the document, the requests are not.
     *
     * @param exchanges what sends them, on this thread
     * @param <T>       what it returns
     * @return what it returned
     */
    public static <T> T requestsOutsideTheDocument(java.util.function.Supplier<T> exchanges) {
        REQUEST_OUTSIDE_DOCUMENT.set(true);
        try {
            return exchanges.get();
        } finally {
            REQUEST_OUTSIDE_DOCUMENT.set(false);
        }
    }

    /** @return the violations seen since the last call, and forgets them */
    static List<String> drain() {
        synchronized (UNREPORTED) {
            List<String> seen = List.copyOf(UNREPORTED);
            UNREPORTED.clear();
            return seen;
        }
    }

    static String describe(Exchange exchange, List<String> violations) {
        StringBuilder report = new StringBuilder("The exchange ").append(exchange)
                .append(" breaks the served OpenAPI document:");
        violations.forEach(v -> report.append("\n  - ").append(v));
        String body = exchange.responseBody();
        if (body != null && !body.isEmpty()) {
            report.append("\n  response body: ").append(body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
        return report.toString();
    }
}
