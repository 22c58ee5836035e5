package org.recoverycollege.enrolment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.recoverycollege.enrolment.control.MyDetails;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.enrolment.entity.SupportNeed;

/** What {@code /my/details} lets a student change: support needs, contact preferences, phone and language. */
public class MyDetailsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private SupportNeed[] needs = {};
    @Size(max = Student.OTHER_NEEDS_MAX, message = "{input.tooLong}")
    private String otherNeeds;
    private boolean contactByEmail;
    private boolean contactByPhone;
    @Size(max = Student.PHONE_MAX, message = "{input.tooLong}")
    private String phone;
    @NotBlank(message = "{input.language}")
    @Pattern(regexp = "en|pl", message = "{input.language}")
    private String language;

    /** The form filled with what is recorded now. */
    void fillFrom(MyDetails details) {
        needs = details.needs().stream().sorted().toArray(SupportNeed[]::new);
        otherNeeds = details.otherNeeds();
        contactByEmail = details.contactByEmail();
        contactByPhone = details.contactByPhone();
        phone = details.phone();
        language = details.language();
    }

    Set<SupportNeed> chosenNeeds() {
        return needs.length == 0 ? EnumSet.noneOf(SupportNeed.class) : EnumSet.copyOf(List.of(needs));
    }

    /** Contact by phone asked for without a number to call (the service refuses it too). */
    boolean isPhoneMissing() {
        return contactByPhone && (phone == null || phone.isBlank());
    }

    public SupportNeed[] getNeeds() {
        return needs.clone();
    }

    public void setNeeds(SupportNeed[] needs) {
        this.needs = needs == null ? new SupportNeed[0] : needs.clone();
    }

    public String getOtherNeeds() {
        return otherNeeds;
    }

    public void setOtherNeeds(String otherNeeds) {
        this.otherNeeds = otherNeeds;
    }

    public boolean isContactByEmail() {
        return contactByEmail;
    }

    public void setContactByEmail(boolean contactByEmail) {
        this.contactByEmail = contactByEmail;
    }

    public boolean isContactByPhone() {
        return contactByPhone;
    }

    public void setContactByPhone(boolean contactByPhone) {
        this.contactByPhone = contactByPhone;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
