package io.orgkit.impl.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may point. Outside the development mode: {@code https} only, and a host all of whose addresses are
 * public (no loopback, private, link-local, unique-local, shared (CGNAT), multicast or unspecified address), so that
 * an organization's Admin cannot make the server call into its own network. Checked when a webhook is saved, and again
 * before every delivery, since a name may resolve elsewhere by then (DNS rebinding).
 */
public final class WebhookAddresses {
    private WebhookAddresses() {
    }

    /**
     * @param url        a webhook's URL
     * @param production whether the module runs in production mode
     * @return why it is refused, if it is
     */
    public static Optional<String> refusal(String url, boolean production) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !production)) {
            return Optional.of(production ? "must be an https:// URL" : "must be an http:// or https:// URL");
        }
        if (uri.getHost() == null) {
            return Optional.of("must name a host");
        }
        if (!production) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("resolves to a private, loopback or link-local address (" + address.getHostAddress()
                        + ")");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc; // fc00::/7, unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10, shared address space
                && first != 0 && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0); // 0/8, 192.0.0.0/24
    }
}
