package org.recoverycollege.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.recoverycollege.enrolment.control.EqualityMonitoring;
import org.recoverycollege.enrolment.entity.AgeBand;
import org.recoverycollege.enrolment.entity.Disability;
import org.recoverycollege.enrolment.entity.Ethnicity;
import org.recoverycollege.enrolment.entity.Gender;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/** The equality monitoring questions on {@code /my/details}: optional, each with "prefer not to say". */
@Named
@RequestScoped
public class EqualityBacking {

    @Inject
    private EqualityMonitoring monitoring;

    @Inject
    private Caller caller;

    @Inject
    private FacesContext faces;

    private final EqualityForm form = new EqualityForm();

    @PostConstruct
    void load() {
        form.fillFrom(monitoring.answersOf(caller.name()));
    }

    public void save() throws IOException {
        monitoring.answer(caller.name(), form.answers());
        UserMessages.infoAfterRedirect("equality.saved");
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/my/details");
    }

    public List<AgeBand> getAgeBands() {
        return List.of(AgeBand.values());
    }

    /** The 2021 Census ethnic groups, each heading with its answers; "prefer not to say" on its own. */
    public List<SelectItem> getEthnicities() {
        List<SelectItem> items = Arrays.stream(Ethnicity.Group.values())
                .filter(group -> group != Ethnicity.Group.PREFER_NOT_TO_SAY)
                .map(group -> (SelectItem) new SelectItemGroup(UserMessages.text("EthnicGroup." + group.name()), null,
                        false, Arrays.stream(Ethnicity.values()).filter(e -> e.group() == group)
                                .map(e -> new SelectItem(e, UserMessages.text("Ethnicity." + e.name())))
                                .toArray(SelectItem[]::new)))
                .collect(java.util.stream.Collectors.toList());
        items.add(new SelectItem(Ethnicity.PREFER_NOT_TO_SAY, UserMessages.text("Ethnicity.PREFER_NOT_TO_SAY")));
        return items;
    }

    public List<Disability> getDisabilities() {
        return List.of(Disability.values());
    }

    public List<Gender> getGenders() {
        return List.of(Gender.values());
    }

    public EqualityForm getForm() {
        return form;
    }
}
