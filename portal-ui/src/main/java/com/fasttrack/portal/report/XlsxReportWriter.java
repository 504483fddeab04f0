package com.fasttrack.portal.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes report tables as XLSX workbooks, one sheet per table: typed cells (dates as dates, numbers as numbers),
 * a frozen bold header row and an autofilter. Rows are streamed (POI SXSSF keeps a small window in memory and
 * spills the rest to a temporary file), so a portfolio of thousands of engagements keeps memory flat.
 */
public final class XlsxReportWriter {

    private static final int WINDOW = 200;
    private static final int MAX_COLUMN_WIDTH = 60 * 256;

    /** One workbook for an engagement: Summary, Check-ins, Blockers and Backlog. */
    public void writeEngagement(EngagementReport report, OutputStream out) {
        write(ReportTable.of(report), out);
    }

    /** One workbook with a row per engagement. */
    public void writePortfolio(PortfolioReport report, OutputStream out) {
        write(List.of(ReportTable.portfolio(report)), out);
    }

    public void write(List<ReportTable> tables, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Styles styles = new Styles(workbook);
            for (ReportTable table : tables) {
                writeSheet(workbook, styles, table);
            }
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(workbook);
        }
    }

    private static void writeSheet(SXSSFWorkbook workbook, Styles styles, ReportTable table) {
        SXSSFSheet sheet = workbook.createSheet(table.name());
        List<String> headers = table.headers();
        int[] widths = new int[headers.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header);
            widths[c] = headers.get(c).length();
        }
        int r = 1;
        for (List<@Nullable Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    widths[c] = Math.max(widths[c], put(row.createCell(c), value, styles));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
        for (int c = 0; c < widths.length; c++) {
            // streaming sheets cannot autosize cheaply; a width from the longest text seen is close enough
            sheet.setColumnWidth(c, Math.min(MAX_COLUMN_WIDTH, (widths[c] + 2) * 256));
        }
    }

    /** Puts a typed value into the cell and answers the width it needs in characters. */
    private static int put(Cell cell, Object value, Styles styles) {
        switch (value) {
            case String text -> {
                cell.setCellValue(text);
                return text.length();
            }
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
                return 10;
            }
            case Instant instant -> {
                cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
                cell.setCellStyle(styles.timestamp);
                return 16;
            }
            case Boolean flag -> {
                cell.setCellValue(flag);
                return 5;
            }
            case Double fraction -> {
                cell.setCellValue(fraction);
                cell.setCellStyle(styles.percent);
                return 6;
            }
            case Number number -> {
                cell.setCellValue(number.doubleValue());
                return String.valueOf(number).length();
            }
            default -> {
                String text = value.toString();
                cell.setCellValue(text);
                return text.length();
            }
        }
    }

    private static void closeQuietly(SXSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle timestamp;
        final CellStyle percent;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
            date = workbook.createCellStyle();
            date.setDataFormat(dateFormat);
            timestamp = workbook.createCellStyle();
            timestamp.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        }
    }
}
