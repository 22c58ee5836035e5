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
    private Long peerId;
    private Long professionalId;

    public void open(BoardRow row) {
        this.run = row;
        long termId = boardPage.getTermId();
        peerOptions = board.options(termId, row.runId(), Expertise.LIVED_EXPERIENCE);
        professionalOptions = board.options(termId, row.runId(), Expertise.PROFESSIONAL);
        peerId = row.peer().tutorId();
        professionalId = row.professional().tutorId();
        peerOptions = withHolder(peerOptions, row.peer());
        professionalOptions = withHolder(professionalOptions, row.professional());
    }

    /** Keeps the tutor holding the place selectable even when they would no longer be chosen. */
    private static List<TutorOption> withHolder(List<TutorOption> options, BoardRow.Place place) {
        if (!place.isFilled() || options.stream().anyMatch(o -> o.tutorId() == place.tutorId())) {
            return options;
        }
        List<TutorOption> all = new java.util.ArrayList<>(options);
        all.add(0, new TutorOption(place.tutorId(), place.tutorName(), List.of()));
        return all;
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
            if (!run.peer().published() && !Objects.equals(peerId, run.peer().tutorId())) {
                board.change(termId, run.runId(), Expertise.LIVED_EXPERIENCE, peerId);
            }
            if (!run.professional().published() && !Objects.equals(professionalId, run.professional().tutorId())) {
                board.change(termId, run.runId(), Expertise.PROFESSIONAL, professionalId);
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

    public Long getPeerId() {
        return peerId;
    }

    public void setPeerId(Long peerId) {
        this.peerId = peerId;
    }

    public Long getProfessionalId() {
        return professionalId;
    }

    public void setProfessionalId(Long professionalId) {
        this.professionalId = professionalId;
    }
}
