package io.orgkit.impl.kernel;

import java.text.Normalizer;
import java.util.Locale;

import io.orgkit.api.validation.Slug;

/**
 * The slug an organization gets when its creation names none: its name folded to lower-case ASCII (accents dropped,
 * anything else a hyphen), or, when that is taken, reserved or too short, the same with a suffix from the
 * organization's id.
 */
public final class OrganizationSlugs {
    // Leaves room for the suffix within Slug.MAX.
    private static final int BASE_MAX = 48;
    private static final int SUFFIX_LENGTH = 8;

    private OrganizationSlugs() {
    }

    /**
     * @param name an organization's name; never {@code null}
     * @return the name as a slug, possibly empty or reserved (then {@link #unique} is needed)
     */
    public static String fromName(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > BASE_MAX) {
            slug = slug.substring(0, BASE_MAX).replaceAll("-+$", "");
        }
        return slug;
    }

    /**
     * @param name an organization's name; never {@code null}
     * @param id   its id: a UUIDv7, whose last characters are random
     * @return a valid slug made of the name and a suffix from the id, unique as far as the id's random part is
     */
    public static String unique(String name, String id) {
        String base = fromName(name);
        String suffix = id.replace("-", "").toLowerCase(Locale.ROOT);
        suffix = suffix.substring(suffix.length() - SUFFIX_LENGTH);
        return base.isEmpty() ? "org-" + suffix : base + "-" + suffix;
    }

    /**
     * @param name an organization's name
     * @param id   its id
     * @param taken whether a slug already belongs to another organization
     * @return the name's slug when it is valid and free, else {@link #unique}
     */
    public static String derive(String name, String id, java.util.function.Predicate<String> taken) {
        String plain = fromName(name);
        return Slug.Validator.isSlug(plain) && !taken.test(plain) ? plain : unique(name, id);
    }
}
