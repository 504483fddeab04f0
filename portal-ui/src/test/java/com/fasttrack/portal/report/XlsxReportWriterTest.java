package com.fasttrack.portal.report;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxReportWriterTest {

    private final XlsxReportWriter writer = new XlsxReportWriter();

    @Test
    void engagementWorkbookHasItsFourSheetsWithFrozenHeadersAndFilters() throws IOException {
        try (XSSFWorkbook workbook = engagement(Audience.INTERNAL)) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3))).containsExactly("Summary", "Check-ins", "Blockers", "Backlog");
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane).as(sheet.getSheetName()).isNotNull();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            }
        }
    }

    @Test
    void cellsKeepTheirTypes() throws IOException {
        try (XSSFWorkbook workbook = engagement(Audience.INTERNAL)) {
            XSSFRow firstCheckIn = workbook.getSheet("Check-ins").getRow(1);
            assertThat(firstCheckIn.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(firstCheckIn.getCell(0))).isTrue();
            assertThat(firstCheckIn.getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(ReportFixtures.TODAY.minusDays(3));
            assertThat(firstCheckIn.getCell(3).getStringCellValue()).isEqualTo(ReportFixtures.SHARED_SUMMARY);
            assertThat(firstCheckIn.getCell(5).getStringCellValue()).isEqualTo(ReportFixtures.INTERNAL_NOTE);

            XSSFSheet blockers = workbook.getSheet("Blockers");
            assertThat(headers(blockers)).containsExactly("Title", "Severity", "Status", "Owner", "Raised",
                    "Age (days)", "Due", "Escalated", "Resolution", "Visibility");
            XSSFRow blocker = blockers.getRow(1);
            assertThat(blocker.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(blocker.getCell(7).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(DateUtil.isCellDateFormatted(blocker.getCell(4))).isTrue();
            // open blockers come first
            assertThat(blocker.getCell(2).getStringCellValue()).isEqualTo("Open");

            XSSFSheet summary = workbook.getSheet("Summary");
            XSSFRow score = findRow(summary, "Health score");
            assertThat(score.getCell(1).getNumericCellValue()).isEqualTo(62.0);
            assertThat(findRow(summary, "Customer").getCell(1).getStringCellValue()).contains(ReportFixtures.CJK);
            assertThat(DateUtil.isCellDateFormatted(findRow(summary, "Generated at (UTC)").getCell(1))).isTrue();
        }
    }

    @Test
    void sharedWorkbookHasNoInternalNoteColumnAndNoInternalBlocker() throws IOException {
        try (XSSFWorkbook workbook = engagement(Audience.SHARED)) {
            assertThat(headers(workbook.getSheet("Check-ins"))).doesNotContain("Internal note");
            assertThat(allText(workbook)).noneMatch(text -> text.contains("PLANTED"));
        }
    }

    @Test
    void portfolioWorkbookHasOneTypedRowPerEngagement() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writePortfolio(ReportFixtures.portfolio(450), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Portfolio");
            assertThat(sheet.getLastRowNum()).isEqualTo(450);
            assertThat(headers(sheet)).containsExactly("Engagement", "Customer", "Region", "Partnership option",
                    "Phase", "Status", "Health", "Health score", "Health reasons", "Next check-in",
                    "Check-in overdue (days)", "Open blockers", "Escalated blockers");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M451");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            XSSFRow second = sheet.getRow(2);
            assertThat(second.getCell(7).getNumericCellValue()).isEqualTo(99.0);
            assertThat(DateUtil.isCellDateFormatted(second.getCell(9))).isTrue();
            assertThat(second.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(ReportFixtures.ACCENTED + " & " + ReportFixtures.CJK);
            // no next check-in: an empty cell, not a text "null"
            assertThat(sheet.getRow(1).getCell(9)).isNull();
        }
    }

    @Test
    void aFormulaLikeTitleStaysText() throws IOException {
        String hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeEngagement(ReportFixtures.report(Audience.SHARED, hyperlink, 1, 1), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var cell = findRow(workbook.getSheet("Summary"), "Engagement").getCell(1);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(hyperlink);
        }
    }

    private XSSFWorkbook engagement(Audience audience) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeEngagement(ReportFixtures.report(audience), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    private static XSSFRow findRow(XSSFSheet sheet, String field) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(0).getStringCellValue().equals(field)) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("No row " + field + " on " + sheet.getSheetName());
    }

    private static List<String> allText(XSSFWorkbook workbook) {
        List<String> texts = new ArrayList<>();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        })));
        return texts;
    }
}
