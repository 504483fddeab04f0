package com.fasttrack.portal.report;

import com.fasttrack.portal.shared.csv.Csv;

import java.io.OutputStream;

/**
 * Writes report tables as CSV, the way {@link Csv} writes every export: UTF-8 with a byte order mark, RFC 4180 quoting
 * and CRLF, formula-like text cells prefixed with an apostrophe.
 */
public final class CsvReportWriter {

    /** One table of an engagement report (see {@link ReportTable#of(EngagementReport)} for the names). */
    public void write(ReportTable table, OutputStream out) {
        Csv.write(table.headers(), table.rows(), out);
    }

    public void writeCheckIns(EngagementReport report, OutputStream out) {
        write(ReportTable.checkIns(report), out);
    }

    public void writeBlockers(EngagementReport report, OutputStream out) {
        write(ReportTable.blockers(report), out);
    }

    public void writeSummary(EngagementReport report, OutputStream out) {
        write(ReportTable.summary(report), out);
    }

    public void writeBacklog(EngagementReport report, OutputStream out) {
        write(ReportTable.backlog(report), out);
    }

    public void writePortfolio(PortfolioReport report, OutputStream out) {
        write(ReportTable.portfolio(report), out);
    }

    /** A text cell starting with =, +, -, @, tab or CR would be a formula in a spreadsheet app: make it text. */
    static String neutralise(String text) {
        return Csv.neutralise(text);
    }
}
