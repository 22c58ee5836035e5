package org.recoverycollege.reporting.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an export as CSV (Apache Commons CSV) or as an Excel workbook (Apache POI). Text that a
 * spreadsheet would take for a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return) is written with a leading apostrophe, so what a student typed into "other needs"
 * is shown as text and never run when an administrator opens the file (in a workbook the cell is marked
 * "quote prefixed" instead, which Excel and LibreOffice show without the apostrophe). Numbers and dates are not text and
 * keep their sign and type.
 */
public final class TableFiles {

    private TableFiles() {
    }

    public static void csv(List<String> headings, List<List<Object>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader(headings.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(TableFiles::cell).toList());
            }
        }
    }

    /** An .xlsx workbook with one sheet; numbers and dates keep their type so finance can sum and sort. */
    public static void excel(String sheetName, List<String> headings, List<List<Object>> rows, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.00"));
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headings.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal amount) {
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(money);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value != null) {
                        String text = text(value);
                        cell.setCellValue(text);
                        if (!text.equals(neutralised(text))) {
                            cell.setCellStyle(quoted); // shown and kept as text, as if typed after an apostrophe
                        }
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** What a CSV cell holds: numbers as they are, any other text neutralised. */
    private static String cell(Object value) {
        return value instanceof Number ? text(value) : neutralised(text(value));
    }

    /** The text with a leading apostrophe when a spreadsheet would read it as a formula. */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime time) {
            return time.toLocalDateTime().withNano(0).toString().replace('T', ' ');
        }
        if (value instanceof LocalDateTime time) {
            return time.withNano(0).toString().replace('T', ' ');
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return value.toString();
    }
}
