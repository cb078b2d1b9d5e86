package io.orgkit.impl.persistence;

/**
 * Names shared by the persistence unit and the data source.
 */
public final class OrgDataSource {
    /** The JTA data source the module's persistence unit uses; configure it as {@code javax.sql.DataSource.orgkit}. */
    public static final String NAME = "orgkit";
    /** The persistence unit of the module's entities. */
    public static final String UNIT = "orgkit";

    private OrgDataSource() {
    }
}
