package com.fasttrack.portal.database;

/** Which database the portal runs on, for the startup log and the demo-data default. */
public record DatabaseInfo(boolean embedded, String description) {

    /** A JDBC URL with any password parameter removed, safe to log. */
    public static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
