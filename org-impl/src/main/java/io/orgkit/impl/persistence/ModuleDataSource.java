package io.orgkit.impl.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The module's data source, named by {@code org.db.data-source} (default {@value OrgDataSource#NAME}): the CDI bean
 * {@code @Named} so where the runtime makes data sources beans (Helidon's {@code javax.sql.DataSource.<name>}
 * settings), else the JNDI name (a Jakarta EE runtime's JDBC resource). Migrations and the health check use it, the
 * persistence unit's {@code jta-data-source} names the same. Found on first use and kept.
 */
@ApplicationScoped
public class ModuleDataSource {
    private String name;
    private Instance<DataSource> beans;
    private volatile DataSource found;

    /**
     * For the container's client proxy.
     */
    protected ModuleDataSource() {
    }

    @Inject
    public ModuleDataSource(@ConfigProperty(name = "org.db.data-source", defaultValue = OrgDataSource.NAME) String name,
                            @Any Instance<DataSource> beans) {
        this.name = name;
        this.beans = beans;
    }

    /**
     * @return the data source
     * @throws DataSourceUnavailableException if neither a bean nor a JNDI entry has that name (yet: a Jakarta EE
     *                                        runtime may bind it only once the web module starts)
     */
    public DataSource get() {
        DataSource current = found;
        if (current == null) {
            current = find();
            found = current;
        }
        return current;
    }

    /**
     * @return the name it is looked up by
     */
    public String name() {
        return name;
    }

    private DataSource find() {
        Instance<DataSource> named = beans.select(NamedLiteral.of(name));
        if (named.isResolvable()) {
            return named.get();
        }
        try {
            Object bound = new InitialContext().lookup(name);
            if (bound instanceof DataSource dataSource) {
                return dataSource;
            }
            throw new DataSourceUnavailableException("JNDI name " + name + " is bound to "
                    + (bound == null ? "nothing" : bound.getClass().getName()) + ", not a DataSource", null);
        } catch (NamingException e) {
            throw new DataSourceUnavailableException("No data source named " + name + " (org.db.data-source): "
                    + "neither a CDI bean @Named(\"" + name + "\") nor a JNDI entry", e);
        }
    }

    /**
     * The data source is not there, or not yet.
     */
    public static final class DataSourceUnavailableException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        DataSourceUnavailableException(String message, NamingException cause) {
            super(message, cause);
        }

        /**
         * @return whether the runtime's naming context answered "not found" or was not there at all, which at
         *         start-up may only mean it is not ready yet
         */
        public boolean namingNotReady() {
            return getCause() instanceof NamingException;
        }
    }
}
