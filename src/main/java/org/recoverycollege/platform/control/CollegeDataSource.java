package org.recoverycollege.platform.control;

/**
 * The application's one data source, defined in {@code WEB-INF/glassfish-resources.xml} from MicroProfile
 * Config keys, so that environment variables (APP_DB_URL, APP_DB_POOL_SIZE...) switch it from the embedded
 * H2 file to PostgreSQL and size its pool.
 */
public final class CollegeDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/college";

    private CollegeDataSource() {
    }
}
