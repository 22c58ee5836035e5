package org.recoverycollege.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.recoverycollege.enrolment.control.ToPhoneList;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.RequestParameters;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /admin/to-phone}: what people who asked not to be e-mailed need to be told, oldest first,
 * {@value #PAGE_SIZE} at a time ({@code ?page=} counts from 1); the office marks each one done.
 */
@Named
@ViewScoped
public class ToPhoneBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    private ToPhoneList list;

    @Inject
    private Caller caller;

    private int page;
    private ToPhoneList.Page shown;

    @PostConstruct
    void load() {
        page = RequestParameters.pageNumber();
        shown = list.open(page - 1, PAGE_SIZE);
        if (shown.rows().isEmpty() && page > 1) {
            page = 1;
            shown = list.open(0, PAGE_SIZE);
        }
    }

    public void markDone(long id) {
        if (list.markDone(id, caller.name())) {
            UserMessages.info("toPhone.marked");
        } else {
            UserMessages.error("toPhone.alreadyDone");
        }
        shown = list.open(page - 1, PAGE_SIZE);
    }

    public ToPhoneList.Page getShown() {
        return shown;
    }

    public int getPage() {
        return page;
    }

    public int getPages() {
        return (int) Math.max(1, (shown.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
