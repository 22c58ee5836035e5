package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.recoverycollege.enrolment.control.InterestList;
import org.recoverycollege.enrolment.control.InterestList.CourseInterestView;
import org.recoverycollege.enrolment.control.InterestList.MyInterest;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /my/interest?course=<slug>}: "tell me when this course runs again", joined or left with one
 * button; "My courses" lists the courses the student waits for, each with a button to leave.
 */
@Named
@RequestScoped
public class InterestBacking {

    @Inject
    private InterestList interests;

    @Inject
    private Caller caller;

    @Inject
    private FacesContext faces;

    /** The course's slug: from the address on first view, from the form's hidden field on the post. */
    @Inject
    @Param(name = "course")
    private String slug;

    private CourseInterestView course;
    private List<MyInterest> mine;

    public CourseInterestView getCourse() {
        if (course == null && slug != null) {
            course = interests.course(caller.name(), slug).orElse(null);
        }
        return course;
    }

    public void join() throws IOException {
        interests.join(caller.name(), slug);
        UserMessages.infoAfterRedirect("interest.joined");
        redirect("/my/interest?course=" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
    }

    public void leave() throws IOException {
        if (getCourse() != null) {
            interests.leave(caller.name(), course.courseId());
        }
        UserMessages.infoAfterRedirect("interest.left");
        redirect("/my/interest?course=" + URLEncoder.encode(slug == null ? "" : slug, StandardCharsets.UTF_8));
    }

    /** Leaves a course's list from "My courses". */
    public void leaveFromMyCourses(long courseId) throws IOException {
        interests.leave(caller.name(), courseId);
        UserMessages.infoAfterRedirect("interest.left");
        redirect("/my/");
    }

    public List<MyInterest> getMine() {
        if (mine == null) {
            mine = interests.mine(caller.name());
        }
        return mine;
    }

    public String getSlug() {
        return slug;
    }

    private void redirect(String path) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }
}
