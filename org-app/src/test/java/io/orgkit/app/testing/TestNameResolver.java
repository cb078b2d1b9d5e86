package io.orgkit.app.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * The test JVM's name resolver (installed through {@code META-INF/services}, JEP 418): names under {@value #SUFFIX}
 * are asked of the running {@link DnsServer} (over UDP, as the operating system's resolver would ask a name server),
 * every other name of the JDK's own resolver, unchanged. It lets a test make a host name resolve to one address, then
 * to another, in the server it runs (DNS rebinding). Only names a test made up can reach it: nothing else changes.
 */
public final class TestNameResolver extends InetAddressResolverProvider {
    /** The names asked of the test's DNS server. */
    public static final String SUFFIX = ".dns.test";

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                if (!host.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
                    return builtin.lookupByName(host, policy);
                }
                return askTestServer(host).stream();
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return builtin.lookupByAddress(address);
            }
        };
    }

    @Override
    public String name() {
        return "orgkit test names";
    }

    private static List<InetAddress> askTestServer(String host) throws UnknownHostException {
        // DnsServer points the module's org.domains.dns-resolver at itself while it runs.
        String server = System.getProperty("org.domains.dns-resolver");
        if (server == null) {
            throw new UnknownHostException(host + " (no test DNS server runs)");
        }
        int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(2000);
            Message query = Message.newQuery(Record.newRecord(Name.fromString(host.endsWith(".") ? host : host + "."),
                    Type.A, DClass.IN));
            byte[] wire = query.toWire();
            socket.send(new DatagramPacket(wire, wire.length,
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
            byte[] buffer = new byte[512];
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            socket.receive(packet);
            Message answer = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
            List<InetAddress> addresses = new ArrayList<>();
            if (answer.getRcode() == Rcode.NOERROR) {
                for (Record record : answer.getSection(Section.ANSWER)) {
                    if (record instanceof ARecord a) {
                        addresses.add(InetAddress.getByAddress(host, a.getAddress().getAddress()));
                    }
                }
            }
            if (addresses.isEmpty()) {
                throw new UnknownHostException(host);
            }
            return addresses;
        } catch (SocketTimeoutException e) {
            throw new UnknownHostException(host + " (the test DNS server did not answer)");
        } catch (IOException e) {
            UnknownHostException unknown = new UnknownHostException(host);
            unknown.initCause(e);
            throw unknown;
        }
    }
}
