package org.recoverycollege.pairing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.recoverycollege.pairing.control.BoardRow;
import org.recoverycollege.pairing.control.PairingBoard;
import org.recoverycollege.pairing.control.TutorOption;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.tutoring.entity.Expertise;

/** Changing one run's pair by hand, choosing only among the tutors who break no pairing rule. */
@Named
@ViewScoped
public class PairingChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PairingBoard board;

    @Inject
    private PairingBacking boardPage;

    private BoardRow run;
    private List<TutorOption> peerOptions = List.of();
    private List<TutorOption> professionalOptions = List.of();
    private PairChoice choice = new PairChoice();

    public void open(BoardRow row) {
        this.run = row;
        long termId = boardPage.getTermId();
        peerOptions = TutorOption.withHolder(board.options(termId, row.runId(), Expertise.LIVED_EXPERIENCE),
                row.peer());
        professionalOptions = TutorOption.withHolder(board.options(termId, row.runId(), Expertise.PROFESSIONAL),
                row.professional());
        choice = new PairChoice(row.peer().tutorId(), row.professional().tutorId());
    }

    public void save() {
        Long chosenTerm = boardPage.getTermId();
        if (run == null || chosenTerm == null) {
            // a post without an open change or without a term (an old page, or a forged post): nothing to save
            UserMessages.error("pairing.change.nothingOpen");
            run = null;
            return;
        }
        try {
            long termId = chosenTerm;
            if (!run.peer().published() && !Objects.equals(choice.getPeerId(), run.peer().tutorId())) {
                board.change(termId, run.runId(), Expertise.LIVED_EXPERIENCE, choice.getPeerId());
            }
            if (!run.professional().published()
                    && !Objects.equals(choice.getProfessionalId(), run.professional().tutorId())) {
                board.change(termId, run.runId(), Expertise.PROFESSIONAL, choice.getProfessionalId());
            }
            UserMessages.info("pairing.change.saved", run.courseTitle());
            run = null;
        } finally {
            boardPage.reload();
        }
    }

    public void cancel() {
        run = null;
    }

    public boolean isOpen() {
        return run != null;
    }

    public BoardRow getRun() {
        return run;
    }

    public List<TutorOption> getPeerOptions() {
        return peerOptions;
    }

    public List<TutorOption> getProfessionalOptions() {
        return professionalOptions;
    }

    public PairChoice getChoice() {
        return choice;
    }
}
