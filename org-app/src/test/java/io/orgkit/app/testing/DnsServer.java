package io.orgkit.app.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * A real DNS server for one test class: a UDP responder on a free loopback port, built on dnsjava's message classes,
 * that answers TXT and A questions from the records a test publishes (NXDOMAIN for other names). Declare it as a
 * {@code @RegisterExtension static final} field: it starts before the class's container, and points the module's
 * {@code org.domains.dns-resolver} at itself. The JVM's own resolver asks it too for names under
 * {@value TestNameResolver#SUFFIX} (see {@link TestNameResolver}), so that a host name can be made to resolve
 * elsewhere while the server runs.
 */
public final class DnsServer implements AfterAllCallback {
    private final DatagramSocket socket;
    private final Map<Name, List<String>> txt = new ConcurrentHashMap<>();
    private final Map<Name, List<InetAddress>> a = new ConcurrentHashMap<>();
    private final Thread responder;

    public DnsServer() {
        try {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        } catch (SocketException e) {
            throw new IllegalStateException(e);
        }
        System.setProperty("org.domains.dns-resolver", "127.0.0.1:" + socket.getLocalPort());
        responder = Thread.ofVirtual().name("test-dns").start(this::serve);
    }

    /** Publishes TXT records for a name (replacing what it had). */
    public void publishTxt(String name, String... values) {
        txt.put(absolute(name), List.of(values));
    }

    /**
     * Publishes A records for a name (replacing what it had): a name under {@value TestNameResolver#SUFFIX} then
     * resolves, in this JVM, to these addresses, once the JVM's cache of its previous answer (30 seconds) has ended.
     */
    public void publishA(String name, String... addresses) {
        List<InetAddress> parsed = new java.util.ArrayList<>();
        for (String address : addresses) {
            try {
                parsed.add(InetAddress.getByAddress(org.xbill.DNS.Address.toByteArray(address,
                        org.xbill.DNS.Address.IPv4)));
            } catch (IOException e) {
                throw new IllegalArgumentException(address, e);
            }
        }
        a.put(absolute(name), List.copyOf(parsed));
    }

    private void serve() {
        byte[] buffer = new byte[512];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                byte[] answer = answer(query).toWire(512);
                socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private Message answer(Message query) {
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        Record question = query.getQuestion();
        response.addRecord(question, Section.QUESTION);
        List<String> values = txt.get(question.getName());
        List<InetAddress> addresses = a.get(question.getName());
        if (values == null && addresses == null) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        } else if (question.getType() == Type.TXT && values != null) {
            for (String value : values) {
                response.addRecord(new TXTRecord(question.getName(), DClass.IN, 60, value), Section.ANSWER);
            }
        } else if (question.getType() == Type.A && addresses != null) {
            for (InetAddress address : addresses) {
                response.addRecord(new ARecord(question.getName(), DClass.IN, 0, address), Section.ANSWER);
            }
        }
        return response;
    }

    private static Name absolute(String name) {
        try {
            return Name.fromString(name.endsWith(".") ? name : name + ".");
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty("org.domains.dns-resolver");
        socket.close();
        responder.interrupt();
    }
}
