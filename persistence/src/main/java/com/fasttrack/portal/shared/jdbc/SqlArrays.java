package com.fasttrack.portal.shared.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Child rows read as arrays in their parent's row ({@code array(select ... order by ...)}), so that an aggregate or a
 * page with its children is one statement; times travel as epoch microseconds (decision 025).
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** An instant from epoch microseconds, the precision PostgreSQL keeps. */
    public static Instant micros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** The elements of an array column of text (nulls kept in place). */
    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        return values(rs, column);
    }

    /** The elements of an array column of uuid (nulls kept in place). */
    public static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        return values(rs, column);
    }

    /** The elements of an array column, nulls kept in place. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> values(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            Object[] elements = (Object[]) array.getArray();
            List<T> values = new ArrayList<>(elements.length);
            for (Object element : elements) {
                values.add((T) element);
            }
            return values;
        } finally {
            array.free();
        }
    }
}
