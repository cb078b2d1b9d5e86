package io.orgkit.impl.kernel;

import java.util.Set;

import io.orgkit.api.validation.Slug;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The slug an organization gets from its name.
 */
class OrganizationSlugsTest {
    private static final String ID = "019ad4f2-7c1e-7b3a-9f00-5e6d7c8b9a0f";

    @Test
    void accentsAreDroppedAndEverythingElseBecomesOneHyphen() {
        assertEquals("cafe-munster-co", OrganizationSlugs.fromName("  Café Münster & Co.  "));
        assertEquals("a-b", OrganizationSlugs.fromName("A___B"));
    }

    @Test
    void aLongNameIsCutWithoutATrailingHyphenAndTheSuffixKeepsItValid() {
        String name = "word ".repeat(30);
        String slug = OrganizationSlugs.unique(name, ID);
        assertTrue(slug.length() <= Slug.MAX, slug);
        assertTrue(Slug.Validator.isSlug(slug), slug);
        assertTrue(slug.endsWith("-7c8b9a0f"), slug);
    }

    @Test
    void aFreeValidNameIsTakenAsItIsAndOtherwiseGetsTheSuffix() {
        assertEquals("acme", OrganizationSlugs.derive("Acme", ID, s -> false));
        assertEquals("acme-7c8b9a0f", OrganizationSlugs.derive("Acme", ID, Set.of("acme")::contains));
        assertEquals("members-7c8b9a0f", OrganizationSlugs.derive("Members", ID, s -> false));
        assertEquals("org-7c8b9a0f", OrganizationSlugs.derive("東京", ID, s -> false));
        assertEquals("ab-7c8b9a0f", OrganizationSlugs.derive("AB", ID, s -> false), "too short alone");
    }

    @Test
    void theRuleRefusesWhatIsNotASlug() {
        assertFalse(Slug.Validator.isSlug("ab"));
        assertFalse(Slug.Validator.isSlug("a--b"));
        assertFalse(Slug.Validator.isSlug("-ab"));
        assertFalse(Slug.Validator.isSlug("Abc"));
        assertFalse(Slug.Validator.isSlug("roles"));
        assertTrue(Slug.Validator.isSlug(ID), "an id is a slug: organizations created before slugs have theirs");
    }
}
