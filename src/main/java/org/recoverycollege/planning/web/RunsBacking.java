package org.recoverycollege.planning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.recoverycollege.catalogue.control.CourseCatalogue;
import org.recoverycollege.catalogue.entity.Category;
import org.recoverycollege.planning.control.PlaceAdmin;
import org.recoverycollege.planning.control.RunRow;
import org.recoverycollege.planning.control.RunSearch;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.platform.web.PagedModel;

/**
 * {@code /admin/runs}: every run, a page at a time, filtered by term, category, course, venue and
 * status (term and category also from the address, so dashboard figures open here). The form for a new
 * run is {@link NewRunBacking}'s.
 */
@Named
@ViewScoped
public class RunsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RunSearch search;
    @Inject
    private PlaceAdmin places;
    @Inject
    private CourseCatalogue catalogue;

    @Inject
    @Param(name = "term")
    private Long termId;
    @Inject
    @Param(name = "category")
    private Long categoryId;
    private PagedModel<RunRow> runs;

    @PostConstruct
    void init() {
        runs = new PagedModel<>(search, RunRow::id);
        applyFilters();
    }

    public void applyFilters() {
        runs.withFilter("termId", termId).withFilter("categoryId", categoryId);
    }

    public List<Term> getTerms() {
        return places.terms();
    }

    public List<Category> getCategories() {
        return catalogue.categories();
    }

    public PagedModel<RunRow> getRuns() { return runs; }
    public Long getTermId() { return termId; }
    public void setTermId(Long termId) { this.termId = termId; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
}
