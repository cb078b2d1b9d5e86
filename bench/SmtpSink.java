import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SMTP server both servers of bench/keycloak.sh send their invitation emails to, so an invitation costs each of
 * them a real SMTP conversation (orgkit's from its outbox dispatcher, Keycloak's inside the request). It accepts every
 * message and keeps none; on loopback only. Each port counts the messages it accepted and writes the count to
 * DIR/smtp-PORT.count, so the benchmark can tell that the emails were sent and wait for a backlog to drain.
 *
 * Usage: java bench/SmtpSink.java DIR PORT [PORT ...]     (runs until killed)
 */
public class SmtpSink {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<Thread> listeners = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            int port = Integer.parseInt(args[i]);
            ServerSocket server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress());
            AtomicLong count = new AtomicLong();
            Path file = dir.resolve("smtp-" + port + ".count");
            write(file, count, 0);
            listeners.add(Thread.ofPlatform().start(() -> {
                while (true) {
                    try {
                        Socket socket = server.accept();
                        Thread.ofVirtual().start(() -> serve(socket, count, file));
                    } catch (IOException e) {
                        return;
                    }
                }
            }));
        }
        for (Thread listener : listeners) {
            listener.join();
        }
    }

    private static void serve(Socket socket, AtomicLong count, Path file) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1)); OutputStream out = socket.getOutputStream()) {
            socket.setSoTimeout(30_000);
            reply(out, "220 bench-sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-bench-sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "HELO" -> reply(out, "250 bench-sink");
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        String body;
                        while ((body = in.readLine()) != null && !body.equals(".")) {
                            // discarded
                        }
                        // Counted before the reply: once a sender has its 250, the count includes its message.
                        write(file, count, 1);
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK"); // MAIL, RCPT, RSET, NOOP
                }
            }
        } catch (IOException e) {
            // a client that went away; nothing to keep
        }
    }

    /** Replaces the count file in one step, so a reader never sees it half written. */
    private static synchronized void write(Path file, AtomicLong count, int added) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, count.addAndGet(added) + "\n");
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
