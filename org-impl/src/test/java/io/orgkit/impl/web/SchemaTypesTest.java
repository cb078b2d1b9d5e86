package io.orgkit.impl.web;

import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A schema's type set and read through whichever model the runtime has (here SmallRye's MicroProfile OpenAPI 3; the
 * WildFly run covers 4).
 */
class SchemaTypesTest {

    @Test
    void aSchemaIsOfTheTypeItWasMadeWith() {
        Schema string = SchemaTypes.of(Schema.SchemaType.STRING);

        assertTrue(SchemaTypes.is(string, Schema.SchemaType.STRING));
        assertFalse(SchemaTypes.is(string, Schema.SchemaType.INTEGER));
    }
}
