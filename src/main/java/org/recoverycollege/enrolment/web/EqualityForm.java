package org.recoverycollege.enrolment.web;

import java.io.Serializable;
import org.recoverycollege.enrolment.control.EqualityMonitoring.Answers;
import org.recoverycollege.enrolment.entity.AgeBand;
import org.recoverycollege.enrolment.entity.Disability;
import org.recoverycollege.enrolment.entity.Ethnicity;
import org.recoverycollege.enrolment.entity.Gender;

/** The equality monitoring questions on {@code /my/details}; an empty choice is "not answered". */
public class EqualityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private AgeBand ageBand;
    private Ethnicity ethnicity;
    private Disability disability;
    private Gender gender;

    void fillFrom(Answers answers) {
        ageBand = answers.ageBand();
        ethnicity = answers.ethnicity();
        disability = answers.disability();
        gender = answers.gender();
    }

    Answers answers() {
        return new Answers(ageBand, ethnicity, disability, gender);
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public Ethnicity getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(Ethnicity ethnicity) {
        this.ethnicity = ethnicity;
    }

    public Disability getDisability() {
        return disability;
    }

    public void setDisability(Disability disability) {
        this.disability = disability;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }
}
