package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.recoverycollege.enrolment.control.WalkInStudents;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /admin/new-student}: a person enrolling by phone or at the desk, recorded with a name and a phone
 * number or postal address; no e-mail address is needed.
 */
@Named
@RequestScoped
public class NewStudentBacking {

    @Inject
    private WalkInStudents walkIns;

    @Inject
    private Caller caller;

    private String name;
    private String phone;
    private String postalAddress;
    private Relation relation;
    private String language = "en";

    public String create() {
        long id = walkIns.register(caller.name(),
                new WalkInStudents.Draft(name, phone, postalAddress, relation, language));
        UserMessages.infoAfterRedirect("walkIn.created");
        return "/admin/student?faces-redirect=true&id=" + id;
    }

    public List<Relation> getRelations() { return List.of(Relation.values()); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
    public Relation getRelation() { return relation; }
    public void setRelation(Relation relation) { this.relation = relation; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
