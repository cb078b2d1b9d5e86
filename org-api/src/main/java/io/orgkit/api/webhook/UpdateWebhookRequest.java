package io.orgkit.api.webhook;

import java.util.List;

import io.orgkit.api.validation.WebUrl;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change of a webhook; an absent field stays as it is.
 *
 * @param url     a new URL, or {@code null}
 * @param events  a new event filter (empty: every event), or {@code null}
 * @param enabled {@code true} to enable it again (after it was disabled for failing), {@code false} to pause it, or
 *                {@code null}
 */
public record UpdateWebhookRequest(
        @WebUrl @Schema(maxLength = WebUrl.MAX, format = "uri", nullable = true) String url,
        @Size(max = 50) @Schema(maxItems = 50, nullable = true)
        List<@NotNull @Pattern(regexp = "[a-z][a-z0-9_]*(\\.([a-z][a-z0-9_]*)?)?") @Size(max = 64)
        String> events,
        @Schema(nullable = true) Boolean enabled) {
}
