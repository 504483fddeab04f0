package com.fasttrack.portal.shared.jdbc;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Conversions shared by the JDBC adapters. Instants travel as {@link OffsetDateTime} in UTC (what the PostgreSQL
 * driver maps to {@code timestamptz} without loss of microseconds); a null parameter gets an explicit SQL type so
 * the driver need not guess it.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Instant value = nullableInstant(rs, column);
        if (value == null) {
            throw new IllegalStateException("Column " + column + " is null");
        }
        return value;
    }

    public static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static @Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** Adds a parameter that may be null, typed so that PostgreSQL knows what the null is. */
    public static MapSqlParameterSource nullable(MapSqlParameterSource parameters, String name,
                                                 @Nullable Object value, int sqlType) {
        return value == null ? parameters.addValue(name, null, sqlType) : parameters.addValue(name, value);
    }

    /** A list of short texts kept in one text column, one per line. */
    public static String lines(List<String> values) {
        return String.join("\n", values);
    }

    /** The list back from {@link #lines(List)}; an empty text is an empty list. */
    public static List<String> lines(@Nullable String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
