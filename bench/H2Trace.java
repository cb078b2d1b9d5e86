import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Sets the embedded database's file trace level, so the benchmark can count the statements a request runs on H2
 * (H2 has no statement counter like MariaDB's Questions): at level 3 every executed statement is written to
 * {@code <database>.trace.db} as a line starting with {@code /*SQL}; level 0 stops it.
 *
 * Usage: java -cp "org-app/target/libs/*" bench/H2Trace.java JDBC_URL USER PASSWORD LEVEL
 */
public class H2Trace {
    public static void main(String[] args) throws Exception {
        int level = Integer.parseInt(args[3]);
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]);
             Statement statement = c.createStatement()) {
            statement.execute("SET TRACE_LEVEL_FILE " + level);
        }
    }
}
