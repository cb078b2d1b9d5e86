package io.orgkit.impl.identity;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.security.InvalidCredentialsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks an identity provider's token with Nimbus JOSE + JWT, a maintained library, never by hand: a signature by a
 * key of the provider's key set (fetched over HTTP, cached, refreshed when a token names an unknown key), with an
 * asymmetric algorithm only ({@code alg: none} and shared-secret algorithms are refused), the exact issuer, the
 * audience, an expiry in the future (a minute's clock skew), a subject, and an email the provider verified.
 */
@ApplicationScoped
public class IdentityTokenVerifier {
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    private IdentitySettings settings;
    private volatile ConfigurableJWTProcessor<SecurityContext> processor;

    /**
     * For the container's client proxy.
     */
    protected IdentityTokenVerifier() {
    }

    @Inject
    public IdentityTokenVerifier(IdentitySettings settings) {
        this.settings = settings;
    }

    /**
     * @param token the compact token as presented
     * @return what it says, every check passed
     * @throws InvalidCredentialsException if any check fails, or no identity provider is configured
     */
    public VerifiedIdentity verify(String token) {
        if (!settings.enabled()) {
            throw new InvalidCredentialsException("This server accepts no identity provider's tokens");
        }
        JWTClaimsSet claims;
        try {
            claims = processor().process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidCredentialsException("The identity provider's token was refused: " + e.getMessage());
        }
        Object verified = claims.getClaim("email_verified");
        String email = stringClaim(claims, "email");
        if (email == null || email.isBlank()) {
            throw new InvalidCredentialsException("The identity provider's token carries no email");
        }
        if (!(Boolean.TRUE.equals(verified) || "true".equals(verified))) {
            throw new InvalidCredentialsException("The identity provider has not verified this email");
        }
        return new VerifiedIdentity(claims.getIssuer(), claims.getSubject(),
                UserEntity.normalizeEmail(email).toLowerCase(Locale.ROOT), stringClaim(claims, "name"),
                claims.getJWTID(), stringClaim(claims, settings.organizationClaim()));
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : null;
    }

    private ConfigurableJWTProcessor<SecurityContext> processor() {
        ConfigurableJWTProcessor<SecurityContext> current = processor;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (processor == null) {
                JWKSource<SecurityContext> keys;
                try {
                    keys = JWKSourceBuilder.create(URI.create(settings.keySetUrl()).toURL()).retrying(true).build();
                } catch (MalformedURLException | IllegalArgumentException e) {
                    throw new IllegalStateException("org.identity.jwks-url is not a URL: " + settings.keySetUrl(), e);
                }
                DefaultJWTProcessor<SecurityContext> built = new DefaultJWTProcessor<>();
                built.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
                built.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.audience(),
                        new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("sub", "exp", "iss")));
                processor = built;
            }
            return processor;
        }
    }
}
