package io.orgkit.impl.kernel;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import io.orgkit.api.organization.OrganizationFields;
import jakarta.persistence.Column;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Authentication reads the caller's organization in its own statement ({@link OrganizationEntity#COLUMNS}, read by
 * {@link OrganizationEntity#fromRow}): a field added to the entity and forgotten there would be missing from
 * {@code GET /api/organizations/me} only.
 */
class OrganizationRowTest {
    private static final String ID = "01a22fe1-a1eb-7ae1-a25a-c8d1c94c412b";

    @Test
    void everyMappedColumnIsSelectedForTheAuthenticatingStatement() {
        List<String> selected = Arrays.stream(OrganizationEntity.COLUMNS.split(","))
                .map(String::strip)
                .toList();
        List<String> mapped = Arrays.stream(OrganizationEntity.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()) && !field.getName().startsWith("_"))
                .map(OrganizationRowTest::column)
                .toList();
        assertEquals(mapped, selected, "OrganizationEntity.COLUMNS lists the mapped columns in the fields' order");
    }

    @Test
    void aRowReadsBackAsTheOrganizationItHolds() {
        Instant created = Instant.parse("2026-01-02T03:04:05.123456Z");
        OrganizationEntity written = new OrganizationEntity(ID, OrganizationFields.named("Acme"), created);
        LocalDateTime utc = LocalDateTime.parse("2026-01-02T03:04:05.123456");
        Object[] row = {"prefix", ID, "Acme", null, written.timezone(), written.slug(), null, "{\"tier\":\"gold\"}",
                25, null, Timestamp.valueOf(utc), null, 3L, utc, utc};
        OrganizationEntity read = OrganizationEntity.fromRow(row, 1);
        assertEquals(ID, read.id());
        assertEquals("Acme", read.name());
        assertEquals(written.slug(), read.slug());
        assertEquals(25, read.fields().memberLimit());
        assertEquals("gold", read.fields().privateMetadata().getString("tier"));
        assertEquals(created, read.deletedAt());
        assertNull(read.suspendedAt());
        assertEquals(3L, read.version());
    }

    @Test
    void anOuterJoinThatFoundNoOrganizationReadsAsNone() {
        assertNull(OrganizationEntity.fromRow(new Object[15], 1));
    }

    private static String column(Field field) {
        Column column = field.getAnnotation(Column.class);
        return "o." + (column == null || column.name().isEmpty() ? field.getName() : column.name());
    }
}
