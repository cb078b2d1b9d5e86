package io.orgkit.impl.validation;

import java.util.Set;

import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.invitation.CreateInvitationRequest;
import io.orgkit.api.member.MemberFields;
import io.orgkit.api.permission.SystemRole;
import io.orgkit.api.role.CreateRoleRequest;
import io.orgkit.api.validation.CaseInsensitiveKey;
import io.orgkit.api.validation.RoleName;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of role names and emails: what passes fits its column, and what a person cannot see is refused.
 */
class TextRulesTest {
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final RecordValidator RECORDS = new RecordValidator(VALIDATOR);

    @Test
    void aRoleNameThatGrowsWhenFoldedIsMeasuredFolded() {
        // U+0130 (İ) folds to two code points: 64 of them pass a length check before folding, and overflowed the
        // 64-character key column.
        String dotted = "\u0130".repeat(64);
        assertEquals(128, CaseInsensitiveKey.codePoints(CaseInsensitiveKey.of(dotted)));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> RECORDS.check(new MemberFields(dotted)));
        assertEquals("role", refused.errors().getFirst().field());
        RECORDS.check(new MemberFields("\u0130".repeat(32)));
    }

    @Test
    void roleNameLengthsCountCodePoints() {
        RECORDS.check(new MemberFields("\uD83D\uDE80".repeat(RoleName.MAX)));
        assertThrows(InvalidRequestException.class,
                () -> RECORDS.check(new MemberFields("\uD83D\uDE80".repeat(RoleName.MAX + 1))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b", "Admin\u200b", "Super\u00a0Admin", "Role\u202e", "\ufeffRole", "tab\there", "  "})
    void invisibleOrLookAlikeSpacingInRoleNamesIsRefused(String name) {
        assertThrows(InvalidRequestException.class,
                () -> RECORDS.check(new CreateRoleRequest(name, null, java.util.List.of())));
    }

    @Test
    void caseInsensitiveMeansFoldedAndCompatibilityNormalized() {
        assertEquals(CaseInsensitiveKey.of("Member"), CaseInsensitiveKey.of("MEMBER"));
        assertEquals(CaseInsensitiveKey.of("Member"), CaseInsensitiveKey.of("\uff2d\uff45\uff4d\uff42\uff45\uff52"));
        assertEquals(CaseInsensitiveKey.of("strasse"), CaseInsensitiveKey.of("STRAẞE"));
        assertEquals(SystemRole.MEMBER, SystemRole.named("\uff2d\uff45\uff4d\uff42\uff45\uff52").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "no-at-sign.example", "two@@example.test", "sp ace@example.test",
            "nbsp\u00a0x@example.test", "full\u3000width@example.test", "zero\u200bwidth@example.test",
            "@example.test", "x@.example.test", "x@example.", "x@example..test",
            // The audit: fullwidth and look-alike letters passed; so did anything Java's ASCII-only \s let through.
            "\uff55ser@example.test", "us\u0435r@example.test", "user@ex\u0430mple.test", "Name <a@example.test>",
            "\"quoted local\"@example.test", "\"q\"@example.test", "x@[192.0.2.1]", "x@-bad.example.test",
            "a(comment)@example.test", "x@example.test-"})
    void malformedEmailsAreRefused(String email) {
        Set<ConstraintViolation<CreateInvitationRequest>> violations =
                VALIDATOR.validate(new CreateInvitationRequest(email, null));
        assertEquals(1, violations.size(), email);
        assertEquals("email", Violations.field(violations.iterator().next().getPropertyPath()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"first.last+tag@sub.example.test", "o'brien@example.test", "x@xn--mnchen-3ya.example",
            "a-b_c@example-1.test"})
    void ordinaryEmailsAreAccepted(String email) {
        assertTrue(VALIDATOR.validate(new CreateInvitationRequest(email, null)).isEmpty(), email);
    }

    @Test
    void anEmailIsAtMost254Characters() {
        String local = "a".repeat(254 - "@example.test".length());
        assertTrue(VALIDATOR.validate(new CreateInvitationRequest(local + "@example.test", null)).isEmpty());
        assertEquals(1, VALIDATOR.validate(new CreateInvitationRequest("a" + local + "@example.test", null)).size());
    }

    @Test
    void listElementsAreNamedWithTheirIndex() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> RECORDS.check(
                new CreateRoleRequest("Auditor", null, java.util.Arrays.asList("users.read", null))));
        assertEquals("permissions[1]", refused.errors().getFirst().field());
    }
}
