package org.recoverycollege.tutoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.tutoring.control.CoverCandidate;
import org.recoverycollege.tutoring.control.CoverService;

/**
 * {@code /tutor/cover}: cover I am asked for, my coming sessions, and for {@code ?session=id} the tutors
 * who could cover it, best first, to ask one.
 */
@Named
@RequestScoped
public class CoverBacking {

    @Inject
    private CoverService cover;

    @Inject
    @Param
    private Long session;

    private List<CoverService.MySession> mySessions;
    private List<CoverService.Ask> asks;
    private List<CoverCandidate> candidates;

    public List<CoverService.MySession> getMySessions() {
        if (mySessions == null) {
            mySessions = cover.mySessions();
        }
        return mySessions;
    }

    public List<CoverService.Ask> getAsks() {
        if (asks == null) {
            asks = cover.askedOfMe();
        }
        return asks;
    }

    /** The session I look for cover for, when it is one of my coming sessions that can still be covered. */
    public Optional<CoverService.MySession> getChosen() {
        return getMySessions().stream().filter(s -> session != null && s.sessionId() == session)
                .filter(CoverService.MySession::isCoverable).findFirst();
    }

    public List<CoverCandidate> getCandidates() {
        if (candidates == null) {
            candidates = getChosen().isPresent() ? cover.candidatesFor(session) : List.of();
        }
        return candidates;
    }

    public String ask(long tutorId) {
        if (session == null) {
            return null;
        }
        cover.askForCover(session, tutorId);
        UserMessages.infoAfterRedirect("cover.askSent");
        return "/tutor/cover?faces-redirect=true";
    }

    public String answer(long requestId, boolean accept) {
        cover.answer(requestId, accept);
        UserMessages.infoAfterRedirect(accept ? "cover.youAccepted" : "cover.youDeclined");
        return "/tutor/cover?faces-redirect=true";
    }

    public Long getSession() {
        return session;
    }
}
