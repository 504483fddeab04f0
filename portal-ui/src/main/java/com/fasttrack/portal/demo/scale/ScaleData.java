package com.fasttrack.portal.demo.scale;

import com.fasttrack.portal.demo.DemoMode;
import com.fasttrack.portal.demo.scale.ScalePeople.Person;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seeds the scale data set (issue 14, decision record 022) on top of the demo data: made in Java, spooled per table
 * and written with PostgreSQL's COPY in one transaction. A row in {@code seeded_data_set}, written in that
 * transaction, marks it done; a restart asks for that row only, and an advisory lock keeps a second instance that
 * starts at the same time from seeding it twice.
 */
@Service
public class ScaleData {

    /** The marker's name: one scale data set per database, whatever its size. */
    static final String MARKER = "scale";

    private static final Logger log = LoggerFactory.getLogger(ScaleData.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    ScaleData(DataSource dataSource, JdbcTemplate jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Seeds the data set unless it is there already; returns how many rows it created (0 the second time). */
    @Transactional
    public long seed(ScaleDataSet size) {
        long started = System.nanoTime();
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('seeded_data_set:' || ?))", Object.class, MARKER);
        if (seeded()) {
            log.info("Scale data: already seeded, 0 records created");
            return 0;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        // one hash for every user: hashing is deliberately slow, and they all share the demo password
        String hash = passwordEncoder.encode(DemoMode.PASSWORD);
        Map<String, Long> copied;
        try (ScaleTables tables = new ScaleTables()) {
            ScalePeople people = new ScalePeople(size, tables, hash, now.minus(1_200, ChronoUnit.DAYS));
            for (int i = 0; i < size.engagements(); i++) {
                new EngagementStory(i, people.customers.get(i % people.customers.size()), engineersOf(i, size, people),
                        clock.getZone(), today, now).write(tables,
                        ScaleDataSet.share(size.checkIns(), size.longCheckIns(), i, size.engagements()),
                        ScaleDataSet.share(size.blockers(), size.longBlockers(), i, size.engagements()),
                        ScaleDataSet.share(size.activities(), size.longActivities(), i, size.engagements()),
                        ScaleDataSet.share(size.notifications(), size.notifications() / size.engagements(), i,
                                size.engagements()));
            }
            copied = tables.copyInto(copyManager());
        }
        // fresh statistics, so the first queries on the new rows are planned for their size
        copied.keySet().forEach(table -> jdbc.execute("analyze " + table));
        // the text search's trigram indexes (V18) hold COPY's rows in their pending list until a vacuum merges it,
        // which ANALYZE does not: merged now, so the first searches are planned on the index (decision 024)
        jdbc.queryForList("select gin_clean_pending_list(index_name::regclass) from (values "
                + "('engagement_text_trgm_idx'), ('organisation_name_trgm_idx')) as trigram(index_name)");
        long rows = copied.values().stream().mapToLong(Long::longValue).sum();
        jdbc.update("insert into seeded_data_set (name, size, seeded_at, row_count) values (?, ?, ?, ?)", MARKER,
                size.name(), java.sql.Timestamp.from(now), rows);
        log.info("Scale data: {} records created in {} ms ({})", rows, (System.nanoTime() - started) / 1_000_000,
                copied);
        return rows;
    }

    /** Whether the data set was seeded: one primary-key lookup, never a scan. */
    public boolean seeded() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from seeded_data_set where name = ?)", Boolean.class, MARKER));
    }

    /** The busy engineer (the first) on every n-th engagement, and one of the others on each. */
    private static List<Person> engineersOf(int index, ScaleDataSet size, ScalePeople people) {
        List<Person> engineers = new ArrayList<>(2);
        if (size.busyEngineerOn(index)) {
            engineers.add(people.engineers.getFirst());
        }
        engineers.add(people.engineers.get(1 + index % (people.engineers.size() - 1)));
        return engineers;
    }

    /** COPY on the transaction's own connection, so the rows and the marker commit together. */
    private CopyManager copyManager() {
        try {
            return new CopyManager(DataSourceUtils.getConnection(dataSource).unwrap(BaseConnection.class));
        } catch (SQLException e) {
            throw new IllegalStateException("The scale data set needs PostgreSQL's COPY", e);
        }
    }
}
