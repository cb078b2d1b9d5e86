package io.orgkit.impl.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.google.common.net.InternetDomainName;

/**
 * Which domains an organization may claim: a syntactically valid name under a public suffix, neither a public suffix
 * itself ({@code co.uk}, {@code github.io}: anyone can have a name there; judged by Guava's copy of the public suffix
 * list, both its ICANN and its private sections) nor a free-mail domain or one of its subdomains (the list shipped
 * with the module, plus {@code org.domains.free-mail-extra}).
 */
public final class DomainRules {
    private static final Set<String> FREE_MAIL = load();

    private DomainRules() {
    }

    /**
     * @param requested a domain as a client wrote it
     * @return it lower-cased, without a trailing dot, internationalized labels in their {@code xn--} form; empty if it
     *         is no valid domain name
     */
    public static Optional<String> normalize(String requested) {
        String trimmed = requested.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            String ascii = IDN.toASCII(trimmed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            return InternetDomainName.isValid(ascii) && ascii.contains(".") ? Optional.of(ascii) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * @param domain a normalized domain
     * @param extra  free-mail domains added by the settings
     * @return why it may not be claimed, or empty when it may
     */
    public static Optional<String> refusal(String domain, Set<String> extra) {
        InternetDomainName name = InternetDomainName.from(domain);
        if (name.isPublicSuffix()) {
            return Optional.of("is a public suffix: anyone can register a name under it");
        }
        if (!name.isUnderPublicSuffix()) {
            return Optional.of("is under no known public suffix");
        }
        for (InternetDomainName candidate = name; ; candidate = candidate.parent()) {
            String text = candidate.toString();
            if (FREE_MAIL.contains(text) || extra.contains(text)) {
                return Optional.of("is a free-mail domain: an address there proves nothing about an organization");
            }
            if (!candidate.hasParent() || candidate.isTopPrivateDomain()) {
                return Optional.empty();
            }
        }
    }

    private static Set<String> load() {
        Set<String> domains = new HashSet<>();
        try (InputStream in = DomainRules.class.getResourceAsStream("free-mail-domains.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String domain = line.strip();
                if (!domain.isEmpty() && !domain.startsWith("#")) {
                    domains.add(domain);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(domains);
    }
}
