package org.recoverycollege.pairing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recoverycollege.pairing.control.BoardRow;
import org.recoverycollege.pairing.control.BoardRows;
import org.recoverycollege.pairing.control.PairingBoard;
import org.recoverycollege.pairing.control.TermChoice;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /admin/pairing}: the runs of a term with their pairs and reasons, filters, and publishing. */
@Named
@ViewScoped
public class PairingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PairingBoard board;

    private List<TermChoice> terms;
    private Long termId;
    private final BoardFilter filter = new BoardFilter();
    private BoardRows rows = BoardRows.NONE;
    private boolean confirmingPublish;

    @PostConstruct
    void init() {
        terms = board.terms();
        termId = board.defaultTermId().orElse(null);
        reload();
    }

    /** Reads the board again from the database (after a solve, a change or a publish). */
    public void reload() {
        rows = termId == null ? BoardRows.NONE : new BoardRows(board.rows(termId));
    }

    public void termChanged() {
        filter.forgetCourseAndVenue();
        reload();
    }

    /** Publishing asks first: it sends e-mails that cannot be taken back. */
    public void askToPublish() {
        confirmingPublish = true;
    }

    public void cancelPublish() {
        confirmingPublish = false;
    }

    public boolean isConfirmingPublish() {
        return confirmingPublish;
    }

    public void publish() {
        confirmingPublish = false;
        try {
            int offered = board.publish(termId);
            UserMessages.info(offered == 0 ? "pairing.publish.none" : "pairing.publish.done", offered);
        } finally {
            reload();
        }
    }

    public List<BoardRow> getShownRows() {
        return filter.shown(rows.all());
    }

    /** The whole board of the term: its figures and the courses and venues to filter by. */
    public BoardRows getRows() {
        return rows;
    }

    public BoardFilter getFilter() {
        return filter;
    }

    public List<TermChoice> getTerms() {
        return terms;
    }

    public Long getTermId() {
        return termId;
    }

    public void setTermId(Long termId) {
        this.termId = termId;
    }
}
