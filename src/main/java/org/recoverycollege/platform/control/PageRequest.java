package org.recoverycollege.platform.control;

import java.util.Map;

/**
 * One page of a long table: the first row, the page size, the column to sort by (null for the default
 * order) and the filters typed so far, by column name. Services turn it into a Criteria query.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {

    public PageRequest {
        filters = Map.copyOf(filters);
    }

    /** The trimmed filter for the column, or null when none was typed. */
    public String filter(String column) {
        String value = filters.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The filter as a LIKE pattern matching anywhere, case-insensitively, or null. */
    public String containsPattern(String column) {
        String value = filter(column);
        return value == null ? null : "%" + value.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
