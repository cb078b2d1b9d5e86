package io.orgkit.impl.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.orgkit.api.audit.AuditEventFilter;
import io.orgkit.api.error.InvalidRequestException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The audit log's filters, {@code ?action=&actorId=&targetType=&targetId=&from=&to=}, read as text so that a bad
 * time is a 400 naming the field.
 */
public class AuditFilterParameters {
    @QueryParam("action")
    @Parameter(description = "An action (member.removed), or a prefix ending in a dot (member.)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 64))
    private String action;
    @QueryParam("actorId")
    @Parameter(description = "The acting user's or API key's id; a user's id also finds what that user's keys did",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    private String actorId;
    @QueryParam("targetType")
    @Parameter(description = "What was acted on: organization, member, role, invitation, api_key, session, user",
            schema = @Schema(type = SchemaType.STRING, maxLength = 32))
    private String targetType;
    @QueryParam("targetId")
    @Parameter(description = "The id of what was acted on", schema = @Schema(type = SchemaType.STRING, format = "uuid",
            maxLength = 36))
    private String targetId;
    @QueryParam("from")
    @Parameter(description = "Events at or after this time (ISO-8601, UTC)", schema = @Schema(type = SchemaType.STRING,
            format = "date-time", maxLength = 40))
    private String from;
    @QueryParam("to")
    @Parameter(description = "Events before this time (ISO-8601, UTC)", schema = @Schema(type = SchemaType.STRING,
            format = "date-time", maxLength = 40))
    private String to;

    /**
     * @return the filter asked for; blank parameters are left out
     * @throws InvalidRequestException if {@code from} or {@code to} is not an ISO-8601 instant
     */
    public AuditEventFilter toFilter() {
        return new AuditEventFilter(blankless(action), blankless(actorId), blankless(targetType), blankless(targetId),
                instant("from", from), instant("to", to));
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(String field, String value) {
        String text = blankless(value);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.field(field, "must be an ISO-8601 time such as 2026-11-28T18:13:38Z");
        }
    }
}
