package com.fasttrack.portal.security.service;

import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.SecurityEvent;
import com.fasttrack.portal.security.SecurityLog;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.csv.Csv;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** The security audit log as program managers read it: filtered and paged in the database, exported as CSV. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.HAS_PROGRAM_MANAGER)
public class SecurityLogService {

    /** Rows fetched per query while exporting. */
    static final int EXPORT_PAGE = 500;
    public static final List<String> CSV_HEADERS = List.of("At (UTC)", "Event", "Account", "Actor", "Client address",
            "Detail");

    private final SecurityLog log;
    private final Clock clock;

    SecurityLogService(SecurityLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public List<SecurityLog.Entry> list(SecurityLog.Filter filter, PageRequest page) {
        return log.search(filter, page);
    }

    public long count(SecurityLog.Filter filter) {
        return log.count(filter);
    }

    /** Writes every entry matching the filter, newest first, as the page lists them; pages through the database. */
    public void exportCsv(SecurityLog.Filter filter, OutputStream out) {
        // entries appended while the export pages would shift the offsets: the export ends at its start
        SecurityLog.Filter upToNow = filter.to() != null ? filter
                : new SecurityLog.Filter(filter.person(), filter.kind(), filter.from(),
                        clock.instant().plusNanos(1000));
        Csv.write(CSV_HEADERS, () -> rows(upToNow), out);
    }

    private Iterator<List<@Nullable Object>> rows(SecurityLog.Filter filter) {
        return new Iterator<>() {
            private int offset;
            private List<SecurityLog.Entry> page = List.of();
            private int next;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                page = log.search(filter, PageRequest.of(offset, EXPORT_PAGE));
                offset += page.size();
                next = 0;
                last = page.size() < EXPORT_PAGE;
                return !page.isEmpty();
            }

            @Override
            public List<@Nullable Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return row(page.get(next++));
            }
        };
    }

    private static List<@Nullable Object> row(SecurityLog.Entry entry) {
        SecurityEvent event = entry.event();
        List<@Nullable Object> row = new ArrayList<>(6);
        row.add(event.at());
        row.add(event.kind().label());
        row.add(event.subjectEmail());
        row.add(entry.actorEmail());
        row.add(event.clientAddress());
        row.add(event.detail());
        return row;
    }
}
