package io.orgkit.impl.persistence;

/**
 * Names shared by the persistence unit and the data source.
 */
public final class OrgDataSource {
    /**
     * The default name of the module's JTA data source ({@code org.db.data-source}), which the persistence unit's
     * {@code jta-data-source} names: a CDI bean {@code @Named("orgkit")} or a JNDI name.
     */
    public static final String NAME = "orgkit";
    /** The persistence unit of the module's entities. */
    public static final String UNIT = "orgkit";

    private OrgDataSource() {
    }
}
