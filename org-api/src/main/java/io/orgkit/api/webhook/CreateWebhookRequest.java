package io.orgkit.api.webhook;

import java.util.List;

import io.orgkit.api.validation.WebUrl;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new webhook.
 *
 * @param url    where deliveries are POSTed: {@code https} with a public address (outside the development mode);
 *               never {@code null}
 * @param events which actions it receives: names ({@code member.joined}) or prefixes ending in a dot
 *               ({@code member.}); {@code null} or empty for every organization event
 */
public record CreateWebhookRequest(
        @NotNull @WebUrl @Schema(required = true, minLength = 1, maxLength = WebUrl.MAX, format = "uri") String url,
        @Size(max = 50) @Schema(maxItems = 50, nullable = true, description = "absent or empty: every event")
        List<@NotNull @Pattern(regexp = "[a-z][a-z0-9_]*(\\.([a-z][a-z0-9_]*)?)?") @Size(max = 64)
        String> events) {
}
