package io.orgkit.impl.domain;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verified-domain settings.
 */
@ApplicationScoped
public class DomainSettings {
    private String dnsResolver;
    private Duration dnsTimeout;
    private java.util.Set<String> freeMailExtra;

    /**
     * For the container's client proxy.
     */
    protected DomainSettings() {
    }

    @Inject
    public DomainSettings(@ConfigProperty(name = "org.domains.dns-resolver") Optional<String> dnsResolver,
                          @ConfigProperty(name = "org.domains.dns-timeout", defaultValue = "PT5S") Duration dnsTimeout,
                          @ConfigProperty(name = "org.domains.free-mail-extra") Optional<String> extra) {
        this.freeMailExtra = java.util.Arrays.stream(extra.orElse("").split(",")).map(String::strip)
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.dnsResolver = dnsResolver.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        this.dnsTimeout = dnsTimeout;
    }

    /** @return the DNS resolver TXT records are asked of, {@code host} or {@code host:port}; {@code null}: the system's */
    public String dnsResolver() {
        return dnsResolver;
    }

    /** @return free-mail domains refused besides the module's list */
    public java.util.Set<String> freeMailExtra() {
        return freeMailExtra;
    }

    /** @return how long a TXT lookup may take */
    public Duration dnsTimeout() {
        return dnsTimeout;
    }
}
