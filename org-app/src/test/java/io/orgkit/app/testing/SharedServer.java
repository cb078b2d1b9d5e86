package io.orgkit.app.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the test pass's shared server: one server in the test JVM, on the pass's
 * database, with the test settings and nothing of the class's own, started for the first such class and kept for the
 * others (they run first, see {@link SharedServerClassesFirst}). Its fields are injected as a {@code @HelidonTest}
 * class's are (CDI beans and the server's {@code WebTarget}), but the class itself is not a bean.
 *
 * <p>A class that needs settings, beans or extensions of its own keeps {@code @HelidonTest} and its own server; the
 * shared one is stopped before such a class starts (two servers cannot share one JVM's CDI and config).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SharedServerExtension.class)
public @interface SharedServer {
}
