package com.fasttrack.portal.shared.jdbc;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Optimistic locking for a table written by hand (decision 005): a new row (version 0) is inserted unless its key
 * exists; otherwise the row is updated only while its version still matches, raising the version by one, and no
 * matching row means someone else saved first. The parameters name the key {@code :id} and the version
 * {@code :version}.
 *
 * @param table the table
 * @param key the table's key column
 * @param type the domain type the rows hold, named in the failure
 */
public record OptimisticLock(String table, String key, Class<?> type) {

    /**
     * Runs {@code insert} (an {@code insert … values (…)} without a conflict clause) if the row is new and no row
     * has its key yet; true if it inserted one.
     */
    public boolean insertIfNew(NamedParameterJdbcTemplate jdbc, long version, String insert,
            SqlParameterSource parameters) {
        return version == 0 && jdbc.update(insert + "\non conflict (" + key + ") do nothing", parameters) == 1;
    }

    /** Sets the assignments and the next version on the row whose version still matches, or throws. */
    public void update(NamedParameterJdbcTemplate jdbc, String assignments, SqlParameterSource parameters,
            Object id) {
        int updated = jdbc.update("update " + table + " set version = version + 1, " + assignments
                + "\nwhere " + key + " = :id and version = :version", parameters);
        if (updated == 0) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
