package io.orgkit.impl.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ibm.icu.text.SpoofChecker;
import io.orgkit.api.validation.CaseInsensitiveKey;

/**
 * Names that look alike, by Unicode's confusables data (UTS #39, through ICU4J's {@link SpoofChecker}, which is
 * maintained with each Unicode release) rather than a hand-made list: Cyrillic {@code А} for Latin {@code A},
 * {@code rn} for {@code m}, and thousands more. Two names are confusable when they share a skeleton, taken of each as
 * written, in upper case, in lower case and of its case-insensitive key: names are compared without regard to case,
 * and a letter may look like another in one case only (Cyrillic {@code М} is Latin {@code M}; {@code м} is not
 * {@code m}).
 */
public final class Confusables {
    private static final SpoofChecker CHECKER = new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();

    private Confusables() {
    }

    /**
     * @param name a name; never {@code null}
     * @return the skeletons of its forms (as written, upper case, lower case, case-insensitive key)
     */
    public static Set<String> skeletons(String name) {
        String stripped = name.strip();
        return Stream.of(stripped, stripped.toUpperCase(Locale.ROOT), stripped.toLowerCase(Locale.ROOT),
                        CaseInsensitiveKey.of(stripped))
                .map(CHECKER::getSkeleton)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param name   a name
     * @param others names it must not be mistaken for
     * @return the first of {@code others} that {@code name} looks like without being the same name (compared
     *         case-insensitively), if any
     */
    public static Optional<String> lookAlikeOf(String name, Collection<String> others) {
        String key = CaseInsensitiveKey.of(name);
        Set<String> skeletons = skeletons(name);
        return others.stream()
                .filter(other -> !CaseInsensitiveKey.of(other).equals(key)
                        && skeletons(other).stream().anyMatch(skeletons::contains))
                .findFirst();
    }
}
