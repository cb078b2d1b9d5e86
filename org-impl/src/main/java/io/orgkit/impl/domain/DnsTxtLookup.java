package io.orgkit.impl.domain;

import java.io.IOException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks the configured DNS resolver ({@code org.domains.dns-resolver}, else the system's) for a name's TXT records,
 * with dnsjava: a resolver that is a setting, which the JDK's own lookups do not offer.
 */
@ApplicationScoped
public class DnsTxtLookup {
    private DomainSettings settings;

    /**
     * For the container's client proxy.
     */
    protected DnsTxtLookup() {
    }

    @Inject
    public DnsTxtLookup(DomainSettings settings) {
        this.settings = settings;
    }

    /**
     * @param name a DNS name
     * @return the strings of its TXT records (each record's strings joined, as RFC 7208 does); empty when it has none
     * @throws IOException if the resolver cannot be reached or fails
     */
    public List<String> txt(String name) throws IOException {
        Resolver resolver = resolver();
        Message answer = resolver.send(Message.newQuery(Record.newRecord(absolute(name), Type.TXT, DClass.IN)));
        int rcode = answer.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return List.of();
        }
        if (rcode != Rcode.NOERROR) {
            throw new IOException("The DNS resolver answered " + Rcode.string(rcode));
        }
        List<String> values = new ArrayList<>();
        for (Record record : answer.getSection(Section.ANSWER)) {
            if (record instanceof TXTRecord txt) {
                values.add(String.join("", txt.getStrings()));
            }
        }
        return values;
    }

    private Resolver resolver() throws UnknownHostException {
        String configured = settings.dnsResolver();
        SimpleResolver resolver;
        if (configured == null) {
            resolver = new SimpleResolver();
        } else {
            int colon = configured.lastIndexOf(':');
            boolean withPort = colon > 0 && configured.indexOf(':') == colon;
            resolver = new SimpleResolver(withPort ? configured.substring(0, colon) : configured);
            if (withPort) {
                resolver.setPort(Integer.parseInt(configured.substring(colon + 1)));
            }
        }
        resolver.setTimeout(settings.dnsTimeout());
        return resolver;
    }

    private static Name absolute(String name) throws TextParseException {
        return Name.fromString(name.endsWith(".") ? name : name + ".");
    }
}
