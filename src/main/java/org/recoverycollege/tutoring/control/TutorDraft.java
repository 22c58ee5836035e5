package org.recoverycollege.tutoring.control;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.recoverycollege.tutoring.entity.Arrangement;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.Tutor;

/** What an administrator types for a new or changed tutor record (id null for a new one). */
public class TutorDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    @NotBlank
    @Size(max = Tutor.NAME_MAX)
    private String fullName;
    @NotBlank
    @Email
    @Size(max = Tutor.EMAIL_MAX)
    private String email;
    @Size(max = Tutor.PHONE_MAX)
    private String phone;
    @NotNull
    private Expertise expertise = Expertise.LIVED_EXPERIENCE;
    @NotNull
    private Arrangement arrangement = Arrangement.PAID_CO_PRODUCER;
    @Min(0)
    @Max(Tutor.MAX_SESSIONS_PER_WEEK)
    private int maxSessionsPerWeek = 3;
    private boolean active = true;

    public static TutorDraft of(Tutor tutor) {
        TutorDraft draft = new TutorDraft();
        draft.id = tutor.getId();
        draft.fullName = tutor.getFullName();
        draft.email = tutor.getEmail();
        draft.phone = tutor.getPhone();
        draft.expertise = tutor.getExpertise();
        draft.arrangement = tutor.getArrangement();
        draft.maxSessionsPerWeek = tutor.getMaxSessionsPerWeek();
        draft.active = tutor.isActive();
        return draft;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Expertise getExpertise() { return expertise; }
    public void setExpertise(Expertise expertise) { this.expertise = expertise; }
    public Arrangement getArrangement() { return arrangement; }
    public void setArrangement(Arrangement arrangement) { this.arrangement = arrangement; }
    public int getMaxSessionsPerWeek() { return maxSessionsPerWeek; }
    public void setMaxSessionsPerWeek(int maxSessionsPerWeek) { this.maxSessionsPerWeek = maxSessionsPerWeek; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
