package io.orgkit.impl.domain;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which domains an organization may claim.
 */
class DomainRulesTest {

    @Test
    void namesAreLowerCasedWithoutTheTrailingDotAndInternationalNamesInTheirAsciiForm() {
        assertEquals(Optional.of("acme.com"), DomainRules.normalize(" ACME.com. "));
        assertEquals(Optional.of("xn--bcher-kva.de"), DomainRules.normalize("bücher.de"));
        assertTrue(DomainRules.normalize("not a domain").isEmpty());
        assertTrue(DomainRules.normalize("localhost").isEmpty(), "a single label names no organization");
    }

    @Test
    void publicSuffixesOfBothSectionsOfTheListAreRefused() {
        assertTrue(DomainRules.refusal("co.uk", Set.of()).orElseThrow().contains("public suffix"));
        assertTrue(DomainRules.refusal("github.io", Set.of()).orElseThrow().contains("public suffix"),
                "the list's private section");
        assertTrue(DomainRules.refusal("acme.co.uk", Set.of()).isEmpty());
        assertTrue(DomainRules.refusal("eng.acme.com", Set.of()).isEmpty(), "a subdomain is fine");
    }

    @Test
    void freeMailDomainsAndTheirSubdomainsAreRefusedTheSettingsToo() {
        assertTrue(DomainRules.refusal("gmail.com", Set.of()).orElseThrow().contains("free-mail"));
        assertTrue(DomainRules.refusal("eu.gmail.com", Set.of()).isPresent());
        assertTrue(DomainRules.refusal("mailbox.example", Set.of()).isPresent(), "no known public suffix");
        assertTrue(DomainRules.refusal("freemail.fr", Set.of("freemail.fr")).orElseThrow().contains("free-mail"));
    }
}
