package org.recoverycollege.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What a student types cannot become a formula in the administrators' CSV or Excel exports. */
class TableFilesTest {

    private static final List<String> HEADINGS = List.of("Name", "Other needs", "Amount");
    private static final List<String> DANGEROUS = List.of("=HYPERLINK(\"http://evil.example\",\"Click\")",
            "+1+1", "-2+3", "@SUM(A1:A2)", "\tcmd", "\r=1+1");

    @Test
    void csvCellsThatLookLikeFormulasStartWithAnApostrophe() throws Exception {
        List<List<Object>> rows = DANGEROUS.stream().map(text -> List.<Object>of("Ada", text, new BigDecimal("-4.50"))).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.csv(HEADINGS, rows, out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).contains("'=HYPERLINK", "'+1+1", "'-2+3", "'@SUM(A1:A2)", "'\tcmd", "'\r=1+1");
        assertThat(Arrays.stream(csv.split("\r\n")).skip(1).filter(line -> !line.isEmpty()))
                .allSatisfy(line -> assertThat(line).doesNotContain(",=", ",+", ",@", ",\"=", ",\"+"));
        // numbers are not text: a negative amount stays a number
        assertThat(csv).contains(",-4.50");
    }

    @Test
    void ordinaryTextIsLeftAlone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.csv(HEADINGS, List.of(List.of("Ada", "Step-free access, please", 3)), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Ada,\"Step-free access, please\",3");
        assertThat(TableFiles.neutralised("a=b")).isEqualTo("a=b");
        assertThat(TableFiles.neutralised("")).isEmpty();
    }

    @Test
    void excelCellsThatLookLikeFormulasAreTextWithALeadingApostrophe() throws Exception {
        List<List<Object>> rows = DANGEROUS.stream().map(text -> List.<Object>of("Ada", text, -3)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.excel("Roster", HEADINGS, rows, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (int r = 1; r <= DANGEROUS.size(); r++) {
                Row row = workbook.getSheetAt(0).getRow(r);
                Cell needs = row.getCell(1);
                assertThat(needs.getCellType()).isEqualTo(CellType.STRING);
                assertThat(needs.getStringCellValue()).isEqualTo("'" + DANGEROUS.get(r - 1));
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(-3.0);
            }
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ada");
        }
    }

    @Test
    void excelKeepsNumbersAndDatesTypedUnderABoldFrozenHeading() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.excel("Payments", List.of("Tutor", "Date", "Amount", "Sessions"),
                List.of(List.of("Ada", LocalDate.of(2031, 3, 1), new BigDecimal("75.50"), 2)), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Payments");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tutor");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row line = sheet.getRow(1);
            assertThat(line.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2031, 3, 1));
            assertThat(line.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(line.getCell(2).getNumericCellValue()).isEqualTo(75.5);
            assertThat(line.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(line.getCell(3).getNumericCellValue()).isEqualTo(2.0);
        }
    }
}
