package org.recoverycollege.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.recoverycollege.reporting.control.CollegeOverview;

/** {@code /admin/}: the college at a glance. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private CollegeOverview overview;

    private CollegeOverview.Figures figures;

    public CollegeOverview.Figures getFigures() {
        if (figures == null) {
            figures = overview.figures();
        }
        return figures;
    }
}
