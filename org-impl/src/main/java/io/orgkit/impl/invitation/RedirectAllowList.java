package io.orgkit.impl.invitation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The places an invitation may send its recipient once accepted ({@code org.invitations.redirect-allow-list}): each
 * entry an absolute {@code https} or {@code http} URL. A redirect is allowed when its scheme, host and port are an
 * entry's and its path starts with the entry's path at a segment boundary ({@code https://app.example} allows every
 * path of that origin, {@code https://app.example/welcome} allows {@code /welcome} and {@code /welcome/…} but not
 * {@code /welcomed}). Compared on parsed URLs, never as text, so {@code https://app.example.evil.test} or
 * {@code https://app.example@evil.test} never pass for {@code https://app.example}. An empty list allows nothing.
 */
public final class RedirectAllowList {
    private final List<URI> allowed;

    /**
     * @param entries the allowed URLs
     * @throws IllegalArgumentException if an entry is not an absolute http(s) URL without user info, query or fragment
     */
    public RedirectAllowList(List<String> entries) {
        this.allowed = entries.stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .map(entry -> parse(entry).filter(uri -> uri.getRawQuery() == null && uri.getRawFragment() == null)
                        .orElseThrow(() -> new IllegalArgumentException("org.invitations.redirect-allow-list: '"
                                + entry + "' is not an absolute http(s) URL without query or fragment")))
                .toList();
    }

    /**
     * @param url a redirect URL as a client sent it
     * @return whether it is allowed
     */
    public boolean allows(String url) {
        Optional<URI> candidate = parse(url);
        return candidate.isPresent() && allowed.stream().anyMatch(entry -> within(candidate.get(), entry));
    }

    private static boolean within(URI candidate, URI entry) {
        if (!candidate.getScheme().equalsIgnoreCase(entry.getScheme())
                || !candidate.getHost().equalsIgnoreCase(entry.getHost())
                || port(candidate) != port(entry)) {
            return false;
        }
        String prefix = path(entry);
        String path = path(candidate);
        return prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix
                : prefix + "/");
    }

    private static String path(URI uri) {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Optional<URI> parse(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("https") || scheme.equals("http"))
                    || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            // Dot segments could climb out of an allowed path.
            if (uri.getRawPath() != null && !uri.normalize().getRawPath().equals(uri.getRawPath())) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
