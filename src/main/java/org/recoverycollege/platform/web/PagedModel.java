package org.recoverycollege.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.recoverycollege.platform.control.PageRequest;
import org.recoverycollege.platform.control.PagedQuery;

/**
 * A PrimeFaces lazy table backed by a service's {@link PagedQuery}: only the visible page is read from
 * the database, sorted and filtered there. Rows are identified by the given key function.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final PagedQuery<T> query;
    private final RowKey<T> key;
    private final Map<String, String> fixedFilters = new HashMap<>();

    public PagedModel(PagedQuery<T> query, RowKey<T> key) {
        this.query = query;
        this.key = key;
    }

    /** A filter that applies whatever the person types, for example a term chosen outside the table. */
    public PagedModel<T> withFilter(String column, Object value) {
        if (value == null) {
            fixedFilters.remove(column);
        } else {
            fixedFilters.put(column, value.toString());
        }
        return this;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) query.count(request(0, 0, Map.of(), filterBy));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return query.page(request(first, pageSize, sortBy, filterBy));
    }

    private PageRequest request(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>(fixedFilters);
        filterBy.values().stream()
                .filter(f -> f.getFilterValue() != null && !f.getFilterValue().toString().isBlank())
                .forEach(f -> filters.put(f.getField(), f.getFilterValue().toString()));
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst()
                .orElse(null);
        return new PageRequest(first, size, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() == SortOrder.ASCENDING, filters);
    }

    /** How a row is told apart from the others; serializable because the model lives in a view. */
    public interface RowKey<T> extends Function<T, Object>, java.io.Serializable {
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
