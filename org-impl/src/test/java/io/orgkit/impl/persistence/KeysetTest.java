package io.orgkit.impl.persistence;

import java.util.List;

import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Keyset pages and their opaque cursors.
 */
class KeysetTest {
    @Test
    void aCursorLeadsBackToTheIdItWasMadeOf() {
        String id = Ids.newId();
        assertEquals(id, Keyset.after(new PageRequest(10, Keyset.cursor(id))));
        assertNull(Keyset.after(PageRequest.first()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "djE6bm90LWEtdXVpZA", "%%%", "djI6MDE5MGE1YTAtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAw"})
    void aCursorThisApiDidNotIssueIsA400(String cursor) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> Keyset.after(new PageRequest(10, cursor)));
        assertEquals("cursor", refused.errors().getFirst().field());
    }

    @Test
    void aPageReadsOneRowMoreToKnowWhetherAnotherFollows() {
        List<String> rows = List.of(Ids.newId(), Ids.newId(), Ids.newId());
        Page<String> first = Keyset.page(rows, 2, row -> row, row -> row);
        assertEquals(rows.subList(0, 2), first.data());
        assertEquals(rows.get(1), Keyset.after(new PageRequest(2, first.nextCursor())));
        Page<String> last = Keyset.page(rows.subList(2, 3), 2, row -> row, row -> row);
        assertNull(last.nextCursor());
    }

    @Test
    void limitsOutsideOneToAHundredAre400() {
        assertThrows(InvalidRequestException.class, () -> new PageRequest(0, null));
        assertThrows(InvalidRequestException.class, () -> new PageRequest(101, null));
    }
}
