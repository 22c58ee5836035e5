package org.recoverycollege.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.recoverycollege.enrolment.control.Referrals;
import org.recoverycollege.platform.web.RequestParameters;

/** {@code /admin/referrals}: staff referrals, newest first, {@value #PAGE_SIZE} at a time ({@code ?page=} from 1). */
@Named
@RequestScoped
public class ReferralsBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    private Referrals referrals;

    private int page;
    private Referrals.Page shown;

    @PostConstruct
    void load() {
        page = RequestParameters.pageNumber();
        shown = referrals.page(page - 1, PAGE_SIZE);
        if (shown.rows().isEmpty() && page > 1) {
            page = 1;
            shown = referrals.page(0, PAGE_SIZE);
        }
    }

    public Referrals.Page getShown() { return shown; }
    public int getPage() { return page; }
    public int getPages() { return (int) Math.max(1, (shown.total() + PAGE_SIZE - 1) / PAGE_SIZE); }
}
