package io.orgkit.impl.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.member.MemberFields;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What request bodies may look like.
 */
class StrictJsonTest {
    @Test
    void aMemberNamedTwiceIsRefusedNotTheLastOneWins() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> read("{\"role\":\"Viewer\",\"role\":\"Admin\"}"));
        assertEquals("body", refused.errors().getFirst().field());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"a\":".repeat(StrictJson.MAX_DEPTH + 1) + "1" + "}".repeat(StrictJson.MAX_DEPTH + 1);
        assertThrows(InvalidRequestException.class, () -> read(deep));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"name\": \"x\"}]", "\"name\"", "42", "{\"name\": ", "null"})
    void anythingButOneObjectIsRefused(String body) {
        assertThrows(InvalidRequestException.class, () -> read(body));
    }

    @Test
    void anEmptyBodyIsNoBody() throws IOException {
        assertNull(read(""));
        assertNull(read("  \n"));
    }

    @Test
    void bindingNamesUnknownAndMistypedMembers() throws IOException {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> RecordBinder.bind(read("{\"role\": 5, \"userId\": \"x\"}"), MemberFields.class));
        assertEquals(2, refused.errors().size());
        assertEquals(new MemberFields("Admin"),
                RecordBinder.bind(read("{\"role\": \"Admin\"}"), MemberFields.class));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotReplaced() {
        byte[] latin1 = "{\"name\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(InvalidRequestException.class, () -> StrictJson.readObject(new ByteArrayInputStream(latin1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"a\\uD800b\"}", "{\"name\":\"\\uDC00\"}", "{\"name\":[\"\\uD83D\"]}",
            "{\"name\":{\"x\\uD800\":1}}"})
    void halfACharacterIsRefusedNamingTheMember(String body) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> read(body));
        assertEquals("name", refused.errors().getFirst().field());
    }

    @Test
    void aWholeCharacterEscapedAsASurrogatePairIsKept() throws IOException {
        assertEquals("\uD83D\uDE80", read("{\"name\":\"\\uD83D\\uDE80\"}").getString("name"));
    }

    private static JsonObject read(String body) throws IOException {
        return StrictJson.readObject(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
