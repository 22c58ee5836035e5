package org.recoverycollege.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.recoverycollege.enrolment.control.StudentRow;
import org.recoverycollege.enrolment.control.StudentSearch;
import org.recoverycollege.platform.web.PagedModel;

/** {@code /admin/students}: the student search, a page at a time. */
@Named
@ViewScoped
public class StudentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StudentSearch search;

    private PagedModel<StudentRow> students;
    private String name;
    private String email;

    @PostConstruct
    void init() {
        students = new PagedModel<>(search, StudentRow::id);
    }

    public void search() {
        students.withFilter("name", name).withFilter("email", email);
    }

    public PagedModel<StudentRow> getStudents() { return students; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
