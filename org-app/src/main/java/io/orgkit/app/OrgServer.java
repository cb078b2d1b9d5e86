package io.orgkit.app;

import java.nio.file.Path;

/**
 * Starts the orgkit server: {@code start} (the default) in production mode, {@code start-dev} with the development
 * profile ({@code config/application-dev.yaml}), as Keycloak's {@code start} and {@code start-dev}. Production refuses
 * to start on settings fit only for a developer's machine, and says which. Before Helidon starts, it points Narayana (the JTA transaction manager) at the data
 * directory: Narayana reads only system properties and its own files, not MicroProfile Config, and would otherwise
 * write {@code ObjectStore/} and {@code PutObjectStoreDirHere/} into whatever directory the server was started from.
 */
public final class OrgServer {
    private static final String[] OBJECT_STORE_KEYS = {
            "ObjectStoreEnvironmentBean.objectStoreDir",
            "ObjectStoreEnvironmentBean.localOSRoot",
            "ObjectStoreEnvironmentBean.stateStore.objectStoreDir",
            "ObjectStoreEnvironmentBean.communicationStore.objectStoreDir",
            "com.arjuna.ats.arjuna.objectstore.objectStoreDir"};

    /** The MicroProfile Config setting that chooses a profile. */
    static final String PROFILE = "mp.config.profile";
    /** EclipseLink's setting naming a class that adjusts its session. */
    static final String SESSION_CUSTOMIZER = "eclipselink.session.customizer";
    /** The development profile's name: {@code application-dev.yaml}. */
    static final String DEVELOPMENT_PROFILE = "dev";
    /** The JDK's choice of threads that watch sockets for virtual threads (1: platform threads). */
    static final String POLLER_MODE = "jdk.pollerMode";

    private OrgServer() {
    }

    /**
     * @param args {@code start} or {@code start-dev} first (optional: {@code start} by default); the rest is passed on
     *             to Helidon
     */
    public static void main(String[] args) {
        // First, before any socket is read: the JDK's default on Linux watches sockets with virtual threads, which wait
        // in the scheduler's queue like every request; when the CPU is saturated, a request's bytes then wait there
        // twice (for the poller, then for the connection's thread), and the soak's refusals were a quarter slower
        // (docs/performance.md, Overload). A host that sets the property itself keeps its choice.
        if (System.getProperty(POLLER_MODE) == null) {
            System.setProperty(POLLER_MODE, "1");
        }
        String[] rest = args;
        if (args.length > 0 && (args[0].equals("start") || args[0].equals("start-dev"))) {
            if (args[0].equals("start-dev") && System.getProperty(PROFILE) == null) {
                System.setProperty(PROFILE, DEVELOPMENT_PROFILE);
            }
            rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        keepTransactionLogIn(System.getProperty("org.data-dir", envOr("ORG_DATA_DIR", "data")));
        // EclipseLink reads its settings from system properties too: no retries of failed reads (FailFastSession).
        if (System.getProperty(SESSION_CUSTOMIZER) == null) {
            System.setProperty(SESSION_CUSTOMIZER, io.orgkit.app.persistence.FailFastSession.class.getName());
        }
        io.helidon.Main.main(rest);
    }

    /**
     * Points Narayana's object store into the data directory, unless a system property already placed it.
     *
     * @param dataDir the server's data directory
     */
    static void keepTransactionLogIn(String dataDir) {
        String objectStore = Path.of(dataDir, "tx-object-store").toAbsolutePath().toString();
        for (String key : OBJECT_STORE_KEYS) {
            if (System.getProperty(key) == null) {
                System.setProperty(key, objectStore);
            }
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
