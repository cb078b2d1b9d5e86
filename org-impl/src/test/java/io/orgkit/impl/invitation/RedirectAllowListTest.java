package io.orgkit.impl.invitation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedirectAllowListTest {
    private final RedirectAllowList list = new RedirectAllowList(List.of("https://app.example/welcome",
            " https://Other.example:8443 "));

    @Test
    void allowsAnEntrysOriginAndPathsBelowItsPath() {
        assertTrue(list.allows("https://app.example/welcome"));
        assertTrue(list.allows("https://app.example/welcome/team?x=1#top"));
        assertTrue(list.allows("https://APP.example:443/welcome"));
        assertTrue(list.allows("https://other.example:8443/"));
        assertTrue(list.allows("https://other.example:8443/any/path"));
    }

    @Test
    void refusesLookAlikesOfAnEntry() {
        assertFalse(list.allows("https://app.example/welcomed"));
        assertFalse(list.allows("https://app.example/"));
        assertFalse(list.allows("http://app.example/welcome"));
        assertFalse(list.allows("https://app.example.evil.test/welcome"));
        assertFalse(list.allows("https://app.example@evil.test/welcome"));
        assertFalse(list.allows("https://app.example/welcome/../admin"));
        assertFalse(list.allows("https://other.example/"));
        assertFalse(list.allows("//app.example/welcome"));
        assertFalse(list.allows("javascript:alert(1)"));
        assertFalse(list.allows("not a url"));
    }

    @Test
    void anEmptyListAllowsNothingAndABadEntryIsAConfigurationError() {
        assertFalse(new RedirectAllowList(List.of()).allows("https://app.example/welcome"));
        assertThrows(IllegalArgumentException.class, () -> new RedirectAllowList(List.of("app.example")));
        assertThrows(IllegalArgumentException.class, () -> new RedirectAllowList(List.of("https://a.example/?q")));
    }
}
