package org.recoverycollege.platform.control;

/** The two databases the application runs on: H2 in a file for the local run, PostgreSQL in production. */
public enum DatabaseKind {
    H2,
    POSTGRESQL;

    static DatabaseKind fromProductName(String productName) {
        return productName != null && productName.toLowerCase().contains("postgres") ? POSTGRESQL : H2;
    }
}
