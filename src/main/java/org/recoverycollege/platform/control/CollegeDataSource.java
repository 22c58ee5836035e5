package org.recoverycollege.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. MicroProfile Config keys (and so environment variables such as
 * {@code APP_DB_URL}) choose the database: H2 in a file by default, PostgreSQL in production.
 */
@DataSourceDefinition(
        name = CollegeDataSource.JNDI_NAME,
        className = "${MPCONFIG=app.db.class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=app.db.url}",
        user = "${MPCONFIG=app.db.user:college}",
        password = "${MPCONFIG=app.db.password:college}",
        minPoolSize = 2,
        initialPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.max-pool-size=${MPCONFIG=app.db.pool-size:32}",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class CollegeDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/college";
}
