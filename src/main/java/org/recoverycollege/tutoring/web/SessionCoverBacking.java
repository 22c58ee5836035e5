package org.recoverycollege.tutoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.tutoring.control.CoverCandidate;
import org.recoverycollege.tutoring.control.CoverService;
import org.recoverycollege.tutoring.control.SessionCovers;

/**
 * {@code /admin/cover?session=id}: an administrator asks for cover on a tutor's behalf: the session's pair
 * with their cover so far, and for {@code &tutor=id} the tutors who could cover them, best first, to ask one.
 */
@Named
@RequestScoped
public class SessionCoverBacking {

    @Inject
    private SessionCovers covers;
    @Inject
    private CoverService cover;

    @Inject
    @Param
    private Long session;
    @Inject
    @Param
    private Long tutor;

    private SessionCovers.SessionCover view;
    private List<CoverCandidate> candidates;

    @PostConstruct
    void load() {
        view = session == null ? null : covers.find(session).orElse(null);
    }

    /** The session, or null when the address names none. */
    public SessionCovers.SessionCover getView() {
        return view;
    }

    /** True when the chosen tutor is one of the pair whose cover can still be asked for. */
    public boolean isChoosing() {
        return view != null && view.tutorCoverable(tutor);
    }

    public List<CoverCandidate> getCandidates() {
        if (candidates == null) {
            candidates = isChoosing() ? cover.candidatesFor(session, tutor) : List.of();
        }
        return candidates;
    }

    public String ask(long coverTutorId) {
        if (session == null || tutor == null) {
            return null;
        }
        cover.askForCover(session, tutor, coverTutorId);
        UserMessages.infoAfterRedirect("adminCover.askSent");
        return "/admin/cover?faces-redirect=true&session=" + session;
    }

    public Long getSession() { return session; }
    public Long getTutor() { return tutor; }
}
