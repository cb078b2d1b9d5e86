package io.orgkit.app;

import java.nio.file.Path;

/**
 * Starts the orgkit server. Before Helidon starts, it points Narayana (the JTA transaction manager) at the data
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

    private OrgServer() {
    }

    /**
     * @param args passed on to Helidon
     */
    public static void main(String[] args) {
        keepTransactionLogIn(System.getProperty("org.data-dir", envOr("ORG_DATA_DIR", "data")));
        io.helidon.Main.main(args);
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
