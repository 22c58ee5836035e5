package org.recoverycollege.planning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.recoverycollege.planning.control.CourseDetails;
import org.recoverycollege.planning.control.CoursePages;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /courses/<slug>}: a course, its runs, sessions, venues and places. {@code ?read=easy} shows the
 * easy-read summary first; both are plain links, so the page needs no HTTP session.
 */
@Named
@RequestScoped
public class CoursePageBacking {

    @Inject
    private CoursePages pages;

    @Inject
    private FacesContext faces;

    private String slug;
    private String read;
    private CourseDetails course;

    /** Loads the course on the view action; an unknown slug gives the not-found page. */
    public void load() throws IOException {
        Optional<CourseDetails> found = slug == null ? Optional.empty() : pages.findBySlug(slug);
        if (found.isEmpty()) {
            faces.getExternalContext().responseSendError(404, UserMessages.text("course.notFound"));
            faces.responseComplete();
            return;
        }
        course = found.get();
    }

    public CourseDetails getCourse() {
        return course;
    }

    public boolean isEasyRead() {
        return "easy".equals(read) && course != null && course.isHasEasyRead();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getRead() {
        return read;
    }

    public void setRead(String read) {
        this.read = read;
    }
}
