package io.orgkit.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The tests' own settings ({@value #FILE} on the test class path), for servers the tests start in JVMs of their own,
 * which do not have the test classes on their class path and so would start with the production values.
 */
public final class TestSettings {
    static final String FILE = "META-INF/microprofile-config.properties";

    private TestSettings() {
    }

    /**
     * @param key a setting the tests' settings file gives
     * @return its value there
     * @throws IllegalStateException if the file does not give it
     */
    public static String get(String key) {
        Properties settings = new Properties();
        try (InputStream in = TestSettings.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the test class path");
            }
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = settings.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is missing from " + FILE);
        }
        return value;
    }
}
