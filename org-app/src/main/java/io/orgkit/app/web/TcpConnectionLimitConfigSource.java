package io.orgkit.app.web;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Map;
import java.util.Set;

import com.sun.management.UnixOperatingSystemMXBean;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A default for Helidon's {@code server.max-tcp-connections}: the smaller of the process's file-descriptor limit less a
 * reserve, and 4 connections per MiB of heap (1,024 at {@code -Xmx256m}).
 *
 * <p>Why the heap: every open connection is a virtual thread with its buffers, and a busy one a request in progress;
 * unbounded, a burst of clients fills the heap with them (the benchmark's overload ran the server out of memory at
 * -Xmx256m). At 4 per MiB, connections at 64 KiB each (read and write buffers, headers, a parked thread's stack) take a
 * quarter of the heap at most. A conservative choice, not a measured one: raise it with a larger heap.
 *
 * <p>Why: Helidon 4.1.6's listener stops for good when {@code accept()} fails, and it fails with "Too many open
 * files" once open connections use up the limit; a burst of clients (the benchmark's 3× overload did it) then leaves
 * a server that refuses every later connection. With this limit the listener stops accepting just before that and
 * goes on when connections close; the reserve keeps descriptors for the database pool, the class path and logs.
 *
 * <p>Ordinal 50, below {@code application.yaml}, environment variables and system properties: an explicit setting
 * always wins. Without a Unix file-descriptor count (other platforms) the heap alone decides.
 */
public class TcpConnectionLimitConfigSource implements ConfigSource {
    static final String KEY = "server.max-tcp-connections";
    private static final long RESERVE = 1024;
    private static final long HEAP_PER_CONNECTION = 256 * 1024;
    private static final int MIN_CONNECTIONS = 64;

    private final Map<String, String> properties;

    public TcpConnectionLimitConfigSource() {
        this(maxFileDescriptors(), Runtime.getRuntime().maxMemory());
    }

    TcpConnectionLimitConfigSource(long maxFileDescriptors, long maxHeapBytes) {
        this.properties = Map.of(KEY, String.valueOf(limitFor(maxFileDescriptors, maxHeapBytes)));
    }

    /**
     * @param maxFileDescriptors the process's limit on open files, or 0 or less where unknown
     * @param maxHeapBytes       the heap's maximum size
     * @return connections to accept at most: what the heap affords, and below the file-descriptor limit's reserve
     */
    static int limitFor(long maxFileDescriptors, long maxHeapBytes) {
        int byHeap = (int) Math.min(Integer.MAX_VALUE, Math.max(MIN_CONNECTIONS, maxHeapBytes / HEAP_PER_CONNECTION));
        return maxFileDescriptors > 0 ? Math.min(byHeap, limitFor(maxFileDescriptors)) : byHeap;
    }

    /**
     * @param maxFileDescriptors the process's limit on open files
     * @return connections to accept at most: all but a reserve of 1024 descriptors, or of half of them when the
     *         limit is small
     */
    static int limitFor(long maxFileDescriptors) {
        long reserve = Math.min(RESERVE, maxFileDescriptors / 2);
        return (int) Math.min(Integer.MAX_VALUE, maxFileDescriptors - reserve);
    }

    static long maxFileDescriptors() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof UnixOperatingSystemMXBean unix ? unix.getMaxFileDescriptorCount() : -1;
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "orgkit: server.max-tcp-connections from the heap and the file-descriptor limit";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
