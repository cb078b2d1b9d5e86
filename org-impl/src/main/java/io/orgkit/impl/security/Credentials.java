package io.orgkit.impl.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The credentials a request presents, read from its headers only (never from the query string).
 *
 * @param token            the session token or API key, or {@code null} when none was presented
 * @param kind             what the token claims to be, or {@code null} with no token
 * @param method           the HTTP method
 * @param requestedWith    whether {@code X-Requested-With} is present
 * @param malformed        whether a credential header was present but unusable (answered 401)
 * @param organization     the organization an identity provider's token asks to act in
 *                         ({@value #ORGANIZATION_HEADER}), or {@code null}
 */
public record Credentials(String token, CredentialKind kind, String method, boolean requestedWith, boolean malformed,
                          String organization) {
    /** The session cookie's name. */
    public static final String SESSION_COOKIE = "org_session";
    /** Prefix of session tokens. */
    public static final String SESSION_PREFIX = "orgs_";
    /** Prefix of API keys. */
    public static final String API_KEY_PREFIX = "orgk_";
    /** Header an API key may come in. */
    public static final String API_KEY_HEADER = "X-API-Key";
    /** Header naming the organization a request with an identity provider's token acts in. */
    public static final String ORGANIZATION_HEADER = "X-Organization-Id";
    /** Header that state-changing cookie requests must carry. */
    public static final String REQUESTED_WITH_HEADER = "X-Requested-With";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /**
     * Reads the credentials of a request. The {@code Authorization} header wins over {@code X-API-Key}, which wins
     * over the cookie: an explicit credential is what the client meant.
     *
     * @param header a lookup of a header's values by case-insensitive name; returns an empty list when absent
     * @param method the HTTP method
     * @return the credentials, possibly none
     */
    public static Credentials read(Function<String, List<String>> header, String method) {
        boolean requestedWith = !header.apply(REQUESTED_WITH_HEADER).isEmpty();
        String upperMethod = method == null ? "GET" : method.toUpperCase(Locale.ROOT);

        List<String> authorization = header.apply("Authorization");
        if (!authorization.isEmpty()) {
            String value = authorization.getFirst().trim();
            if (authorization.size() > 1 || value.length() < 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return malformed(upperMethod, requestedWith);
            }
            Credentials bearer = ofToken(value.substring(7).trim(), false, upperMethod, requestedWith);
            if (bearer.kind() == CredentialKind.IDENTITY_TOKEN) {
                List<String> organization = header.apply(ORGANIZATION_HEADER);
                return organization.isEmpty() ? bearer : new Credentials(bearer.token(), bearer.kind(), upperMethod,
                        requestedWith, false, organization.getFirst().strip());
            }
            return bearer;
        }
        List<String> apiKey = header.apply(API_KEY_HEADER);
        if (!apiKey.isEmpty()) {
            String value = apiKey.getFirst().trim();
            if (apiKey.size() > 1 || !value.startsWith(API_KEY_PREFIX)) {
                return malformed(upperMethod, requestedWith);
            }
            return new Credentials(value, CredentialKind.API_KEY, upperMethod, requestedWith, false, null);
        }
        String cookie = sessionCookie(header.apply("Cookie"));
        if (cookie != null) {
            return ofToken(cookie, true, upperMethod, requestedWith);
        }
        return new Credentials(null, null, upperMethod, requestedWith, false, null);
    }

    private static Credentials ofToken(String token, boolean fromCookie, String method, boolean requestedWith) {
        if (token.startsWith(SESSION_PREFIX)) {
            return new Credentials(token, fromCookie ? CredentialKind.SESSION_COOKIE : CredentialKind.SESSION_BEARER,
                    method, requestedWith, false, null);
        }
        if (!fromCookie && token.startsWith(API_KEY_PREFIX)) {
            return new Credentials(token, CredentialKind.API_KEY, method, requestedWith, false, null);
        }
        // A compact JWS (or an unsecured JWT, refused when checked): three base64url parts, the header a JSON object.
        if (!fromCookie && token.startsWith("eyJ") && token.chars().filter(c -> c == '.').count() == 2) {
            return new Credentials(token, CredentialKind.IDENTITY_TOKEN, method, requestedWith, false, null);
        }
        return malformed(method, requestedWith);
    }

    private static Credentials malformed(String method, boolean requestedWith) {
        return new Credentials(null, null, method, requestedWith, true, null);
    }

    private static String sessionCookie(List<String> cookieHeaders) {
        for (String header : cookieHeaders) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).trim().equals(SESSION_COOKIE)) {
                    String value = pair.substring(eq + 1).trim();
                    return value.isEmpty() ? null : value;
                }
            }
        }
        return null;
    }

    /**
     * @return whether any credential was presented
     */
    public boolean present() {
        return token != null || malformed;
    }

    /**
     * @return whether this request changes state (anything but GET, HEAD, OPTIONS)
     */
    public boolean changesState() {
        return !SAFE_METHODS.contains(method);
    }
}
