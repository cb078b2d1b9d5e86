package io.orgkit.app.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test class whose behaviour does not depend on the database (HTTP wiring, problem documents, the API
 * document, limits): it runs once, in the H2 pass, not again on MariaDB (see the {@code mariadb-test} execution in
 * {@code org-app/pom.xml}).
 */
@Tag(HttpOnly.TAG)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HttpOnly {
    /** The JUnit tag. */
    String TAG = "http-only";
}
