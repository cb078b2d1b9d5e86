package io.orgkit.impl.kernel;

import java.util.List;
import java.util.Map;

import io.orgkit.api.audit.FieldChange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChangesTest {

    @Test
    void unchangedFieldsAreLeftOut() {
        Map<String, FieldChange> changes = AuditChanges.of("name", "Acme", "Acme").and("timezone", "UTC", "Europe/Paris")
                .asMap();
        assertEquals(Map.of("timezone", new FieldChange("UTC", "Europe/Paris")), changes);
    }

    @Test
    void collectionsAreTheirItemsSeparatedBySpaces() {
        assertEquals(new FieldChange("users.read", "users.read roles.read"),
                AuditChanges.of("permissions", List.of("users.read"), List.of("users.read", "roles.read")).asMap()
                        .get("permissions"));
    }

    @Test
    void createdAndDeletedAreChangesFromAndToNothing() {
        assertEquals(new FieldChange(null, "Acme"), AuditChanges.created(Map.of("name", "Acme")).asMap().get("name"));
        assertEquals(new FieldChange("Acme", null), AuditChanges.deleted(Map.of("name", "Acme")).asMap().get("name"));
        assertTrue(AuditChanges.none().asMap().isEmpty());
    }

    @Test
    void aFieldNamedLikeASecretIsRefused() {
        for (String field : List.of("password", "newPassword", "token", "secret", "keyHash", "passwordHash")) {
            assertThrows(IllegalArgumentException.class, () -> AuditChanges.of(field, null, "x"), field);
        }
    }
}
