package io.orgkit.app.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that needs a database server (two nodes on one database, MariaDB's own statement counter, a
 * database behind a proxy that can be cut): it runs in the MariaDB pass only, and the H2 pass does not start a server
 * for it just to skip it (see the {@code default-test} execution in {@code org-app/pom.xml}).
 */
@Tag(MariaDbOnly.TAG)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MariaDbOnly {
    /** The JUnit tag. */
    String TAG = "mariadb-only";
}
