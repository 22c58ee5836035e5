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
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an export as CSV (Apache Commons CSV) or as an Excel workbook (fastexcel). Text that a
 * spreadsheet would take for a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return) is written with a leading apostrophe in both, so what a student typed into "other
 * needs" is shown as text and never run when an administrator opens the file, nor when they edit the cell
 * afterwards. Numbers and dates are not text and keep their sign and type.
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
        Workbook workbook = new Workbook(out, "Recovery College", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < headings.size(); c++) {
            sheet.value(0, c, headings.get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Object> values : rows) {
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof BigDecimal amount) {
                    sheet.value(r, c, amount);
                    sheet.style(r, c).format("0.00").set();
                } else if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (value instanceof LocalDate day) {
                    sheet.value(r, c, day);
                    sheet.style(r, c).format("yyyy-mm-dd").set();
                } else if (value != null) {
                    sheet.value(r, c, neutralised(text(value)));
                }
            }
            r++;
        }
        sheet.freezePane(0, 1);
        workbook.finish();
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
