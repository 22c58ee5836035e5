package org.recoverycollege.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.recoverycollege.planning.control.PlaceAdmin;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /admin/terms}: terms with their prospectus date and enrolment window. */
@Named
@ViewScoped
public class TermsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlaceAdmin places;
    @Inject
    private Caller caller;

    private Long id;
    @Size(max = Term.NAME_MAX, message = "{input.tooLong}")
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate prospectusOn;
    private LocalDate enrolmentOpens;
    private LocalDate enrolmentCloses;

    public List<Term> getTerms() {
        return places.terms();
    }

    public void edit(long termId) {
        Term term = places.getTerm(termId);
        id = term.getId();
        name = term.getName();
        startsOn = term.getStartsOn();
        endsOn = term.getEndsOn();
        prospectusOn = term.getProspectusOn();
        enrolmentOpens = term.getEnrolmentOpens();
        enrolmentCloses = term.getEnrolmentCloses();
    }

    public void save() {
        places.saveTerm(caller.name(), id, name, startsOn, endsOn, prospectusOn, enrolmentOpens,
                enrolmentCloses);
        UserMessages.info("terms.saved", name);
        id = null;
        name = null;
        startsOn = endsOn = prospectusOn = enrolmentOpens = enrolmentCloses = null;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public LocalDate getProspectusOn() { return prospectusOn; }
    public void setProspectusOn(LocalDate prospectusOn) { this.prospectusOn = prospectusOn; }
    public LocalDate getEnrolmentOpens() { return enrolmentOpens; }
    public void setEnrolmentOpens(LocalDate enrolmentOpens) { this.enrolmentOpens = enrolmentOpens; }
    public LocalDate getEnrolmentCloses() { return enrolmentCloses; }
    public void setEnrolmentCloses(LocalDate enrolmentCloses) { this.enrolmentCloses = enrolmentCloses; }
}
