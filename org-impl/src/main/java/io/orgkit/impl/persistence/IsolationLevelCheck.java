package io.orgkit.impl.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Says at start-up when the data source runs transactions at {@code REPEATABLE READ} (MariaDB's and MySQL's default).
 *
 * <p>Why: the module's rules lock the organization's row and then count (its Admins before one leaves or is demoted,
 * its members before an invitation within a member limit). Under {@code REPEATABLE READ} a transaction reads a
 * snapshot taken at its first read, so a count made after waiting for the lock may miss what the lock holder just
 * committed: two last Admins leaving at once both saw the other and both left. {@code READ COMMITTED} (the standalone
 * server's setting) or {@code SERIALIZABLE} keep the rules; docs/embedding.md tells hosts.
 */
@ApplicationScoped
public class IsolationLevelCheck {
    private static final Logger LOG = Logger.getLogger(IsolationLevelCheck.class.getName());

    private ModuleDataSource dataSource;

    /**
     * For the container's client proxy.
     */
    protected IsolationLevelCheck() {
    }

    @Inject
    public IsolationLevelCheck(ModuleDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes DatabaseReady event) {
        try (Connection connection = dataSource.get().getConnection()) {
            if (connection.getTransactionIsolation() == Connection.TRANSACTION_REPEATABLE_READ) {
                LOG.warning("The orgkit data source runs transactions at REPEATABLE READ: counts made after a lock can "
                        + "miss rows committed meanwhile (the last Admin, member limits). Set it to READ COMMITTED "
                        + "(HikariCP transactionIsolation=TRANSACTION_READ_COMMITTED; see docs/embedding.md)");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "The data source's isolation level could not be read", e);
        }
    }
}
