package io.orgkit.impl.validation;

import java.util.List;
import java.util.stream.Stream;

import io.orgkit.api.error.FieldError;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.organization.CreateOrganizationRequest;
import io.orgkit.api.organization.OrganizationFields;
import io.orgkit.impl.json.MergePatches;
import io.orgkit.impl.json.RecordBinder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field rule of an organization, as a creation body and as a merge patch: each refusal names its field. The
 * HTTP tests check the wiring once per endpoint; the rules themselves are checked here, without a server.
 */
class OrganizationFieldRulesTest {
    private static final RecordValidator VALIDATOR =
            new RecordValidator(Validation.buildDefaultValidatorFactory().getValidator());
    private static final OrganizationFields CURRENT = OrganizationFields.named("Acme").withSlug("acme");

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("name", obj("name", "")),
                Arguments.of("name", obj("name", "   ")),
                Arguments.of("name", obj("name", "n".repeat(101))),
                Arguments.of("name", obj("name", "tab\tinside")),
                Arguments.of("name", obj("name", "zero\u200bwidth")),
                Arguments.of("name", obj("name", "right\u202eto left")),
                Arguments.of("name", obj("name", "no\u00a0break")),
                Arguments.of("name", Json.createObjectBuilder().add("name", 5).build()),
                Arguments.of("logo", obj("logo", "ftp://example.test/logo.png")),
                Arguments.of("logo", obj("logo", "/relative/logo.png")),
                Arguments.of("logo", obj("logo", "not a url")),
                Arguments.of("logo", obj("logo", "https://")),
                Arguments.of("logo", obj("logo", "javascript:alert(1)")),
                Arguments.of("logo", obj("logo", "")),
                Arguments.of("logo", obj("logo", "https://example.test/" + "a".repeat(2049 - 21))),
                Arguments.of("logo", Json.createObjectBuilder().add("logo", true).build()),
                Arguments.of("timezone", obj("timezone", "PST")),
                Arguments.of("timezone", obj("timezone", "EST")),
                Arguments.of("timezone", obj("timezone", "GMT")),
                Arguments.of("timezone", obj("timezone", "CET")),
                Arguments.of("timezone", obj("timezone", "PST8PDT")),
                Arguments.of("timezone", obj("timezone", "+05:00")),
                Arguments.of("timezone", obj("timezone", "UTC+1")),
                Arguments.of("timezone", obj("timezone", "Etc/GMT+5")),
                Arguments.of("timezone", obj("timezone", "Mars/Olympus")),
                Arguments.of("timezone", obj("timezone", "europe/paris")),
                Arguments.of("timezone", obj("timezone", "")),
                Arguments.of("timezone", Json.createObjectBuilder().add("timezone", Json.createObjectBuilder()).build()),
                Arguments.of("id", obj("id", "0190a5a0-0000-7000-8000-000000000000")),
                Arguments.of("createdAt", obj("createdAt", "2026-01-01T00:00:00Z")),
                Arguments.of("updatedAt", obj("updatedAt", "2026-01-01T00:00:00Z")),
                Arguments.of("superAdmin", Json.createObjectBuilder().add("superAdmin", true).build()),
                Arguments.of("colour", obj("colour", "blue")));
    }

    @ParameterizedTest(name = "[{index}] patch {1} refused, naming {0}")
    @MethodSource("invalidFields")
    void aPatchIsRefusedNamingTheField(String field, JsonObject patch) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> VALIDATOR.check(MergePatches.apply(CURRENT, patch, OrganizationFields.class)));
        assertNamed(field, refused);
    }

    @ParameterizedTest(name = "[{index}] creation with {1} refused, naming {0}")
    @MethodSource("invalidFields")
    void aCreationIsRefusedNamingTheField(String field, JsonObject fields) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", "Valid");
        fields.forEach(body::add);
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> VALIDATOR.check(RecordBinder.bind(body.build(), CreateOrganizationRequest.class)));
        assertNamed(field, refused);
    }

    @Test
    void aCreationNeedsAName() {
        assertNamed("name", assertThrows(InvalidRequestException.class,
                () -> VALIDATOR.check(RecordBinder.bind(obj("timezone", "UTC"), CreateOrganizationRequest.class))));
        assertNamed("name", assertThrows(InvalidRequestException.class, () -> VALIDATOR.check(RecordBinder.bind(
                Json.createObjectBuilder().addNull("name").build(), CreateOrganizationRequest.class))));
    }

    @Test
    void nameAndTimezoneCannotBeClearedByAPatch() {
        for (String field : List.of("name", "timezone")) {
            JsonObject clear = Json.createObjectBuilder().addNull(field).build();
            assertNamed(field, assertThrows(InvalidRequestException.class,
                    () -> VALIDATOR.check(MergePatches.apply(CURRENT, clear, OrganizationFields.class))));
        }
    }

    @Test
    void everyOffendingFieldOfAPatchIsNamedAtOnce() {
        JsonObject patch = Json.createObjectBuilder().add("id", "x").add("name", 7).add("unknown", 1).build();
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> MergePatches.apply(CURRENT, patch, OrganizationFields.class));
        assertEquals(List.of("id", "name", "unknown"), refused.errors().stream().map(FieldError::field).sorted().toList());
    }

    @Test
    void aMergePatchKeepsWhatIsAbsentAndClearsWhatIsNull() {
        OrganizationFields withLogo = fields("Acme", "https://example.test/logo.png", "Europe/Paris");
        assertEquals(withLogo, MergePatches.apply(withLogo, Json.createObjectBuilder().build(), OrganizationFields.class));
        assertEquals(fields("Acme", null, "Europe/Paris"), MergePatches.apply(withLogo,
                Json.createObjectBuilder().addNull("logo").build(), OrganizationFields.class));
        assertEquals(fields("Renamed", "https://example.test/logo.png", "Europe/Paris"),
                MergePatches.apply(withLogo, obj("name", "Renamed"), OrganizationFields.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/Los_Angeles", "Europe/Paris", "Asia/Kolkata", "America/Argentina/Buenos_Aires"})
    void regionIdsAreAccepted(String timezone) {
        VALIDATOR.check(MergePatches.apply(CURRENT, obj("timezone", timezone), OrganizationFields.class));
    }

    @Test
    void theLongestNameAndLogoAreAcceptedAndLengthsCountCodePoints() {
        String logo = "https://example.test/" + "a".repeat(2048 - 21);
        VALIDATOR.check(fields("  " + "n".repeat(100) + "  ", logo, "UTC"));
        // 100 emoji are 200 UTF-16 units but 100 characters, as JSON Schema's maxLength counts them.
        VALIDATOR.check(OrganizationFields.named("\uD83D\uDE80".repeat(100)).withSlug("rocket"));
        assertNamed("name", assertThrows(InvalidRequestException.class,
                () -> VALIDATOR.check(OrganizationFields.named("\uD83D\uDE80".repeat(101)).withSlug("rocket"))));
    }

    // Built by name, as a client sends them, so that adding a field to organizations needs no change here.
    private static OrganizationFields fields(String name, String logo, String timezone) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("name", name).add("timezone", timezone)
                .add("slug", "acme");
        if (logo != null) {
            json.add("logo", logo);
        }
        return RecordBinder.bind(json.build(), OrganizationFields.class);
    }

    private static void assertNamed(String field, InvalidRequestException refused) {
        assertTrue(refused.errors().stream().anyMatch(e -> e.field().equals(field)), refused.errors().toString());
        assertTrue(refused.getMessage().contains(field), refused.getMessage());
    }

    private static JsonObject obj(String name, String value) {
        return Json.createObjectBuilder().add(name, value).build();
    }
}
