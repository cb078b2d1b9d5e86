package io.orgkit.impl.validation;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfusablesTest {
    private static final List<String> RESERVED = List.of("Super Admin", "Admin", "Member", "Viewer");

    @ParameterizedTest
    @ValueSource(strings = {"\u0410dmin", "\u0430dmin", "Adrnin", "ADM\u0399N", "Super \u0410dmin", "\u041cember",
            "Vi\u0435wer", "V\u0456ewer"})
    void lookAlikesOfReservedNamesAreFound(String name) {
        assertEquals(true, Confusables.lookAlikeOf(name, RESERVED).isPresent(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "MEMBER", "Auditor", "Billing", "Administrator", "Members", "Reviewer"})
    void theSameNameInAnyCaseOrAnotherNameIsNoLookAlike(String name) {
        assertEquals(Optional.empty(), Confusables.lookAlikeOf(name, RESERVED), name);
    }
}
