package io.orgkit.impl.audit;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import io.orgkit.api.audit.AuditActorView;
import io.orgkit.api.audit.AuditEventView;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.audit.FieldChange;
import io.orgkit.impl.kernel.AuditEventEntity;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import static io.orgkit.impl.json.CachedJsonProvider.JSON;

/**
 * Audit rows as the API shows them.
 */
final class AuditEventMapper {
    private AuditEventMapper() {
    }

    static AuditEventView view(AuditEventEntity row) {
        return new AuditEventView(row.id(), row.occurredAt(), row.organizationId(), row.action(),
                new AuditActorView(row.actorType(), row.actorId(), row.actorUserId(), row.actorName(),
                        row.actorSuperAdmin()),
                new AuditTarget(row.targetType(), row.targetId(), row.targetName()), changes(row.changes()),
                row.clientAddress(), row.userAgent(), row.requestId());
    }

    private static Map<String, FieldChange> changes(String json) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return changes;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((field, value) -> {
                JsonObject pair = value.asJsonObject();
                changes.put(field, new FieldChange(text(pair.get("before")), text(pair.get("after"))));
            });
        }
        return changes;
    }

    private static String text(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null
                : value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString()
                : value.toString();
    }
}
