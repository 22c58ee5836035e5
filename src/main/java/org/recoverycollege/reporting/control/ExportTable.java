package org.recoverycollege.reporting.control;

import java.util.List;

/**
 * Rows to export, with column headings given as bundle keys (or literal text, such as session dates),
 * and values as strings, numbers, dates or nulls.
 */
public record ExportTable(String fileName, List<String> headings, List<List<Object>> rows) {

    public ExportTable {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }
}
