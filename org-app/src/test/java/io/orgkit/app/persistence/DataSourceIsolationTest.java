package io.orgkit.app.persistence;

import java.sql.Connection;

import io.orgkit.app.testing.SharedServer;
import io.orgkit.impl.persistence.ModuleDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The server's pool runs transactions at READ COMMITTED on every database: the module's rules count after locking
 * (IsolationLevelCheck says why), and MariaDB's own default, REPEATABLE READ, let two last Admins leave at once.
 */
@SharedServer
class DataSourceIsolationTest {
    @Inject
    ModuleDataSource dataSource;

    @Test
    void theServersConnectionsReadWhatWasCommittedBeforeEachStatement() throws Exception {
        try (Connection connection = dataSource.get().getConnection()) {
            assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
        }
    }
}
