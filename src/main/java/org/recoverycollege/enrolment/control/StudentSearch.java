package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.account.entity.UserAccount_;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.enrolment.entity.Student_;
import org.recoverycollege.platform.control.CriteriaPaging;
import org.recoverycollege.platform.control.PageRequest;

/**
 * The student search, a page at a time: by name or e-mail (anywhere in it, any case), sorted by name,
 * e-mail or joining date. Erased students are not listed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StudentSearch extends CriteriaPaging<Student, Object[], StudentRow> {

    public StudentSearch() {
        super(Student.class, Object[].class);
    }

    @Override
    protected void shape(CriteriaBuilder cb, CriteriaQuery<Object[]> query, Root<Student> student,
            PageRequest request) {
        Join<Student, UserAccount> account = joined(student, Student_.account);
        query.multiselect(student.get(Student_.id), account.get(UserAccount_.displayName), account.get(UserAccount_.email),
                student.get(Student_.relation), account.get(UserAccount_.createdAt));
        Map<String, Expression<?>> sortable = Map.of(
                "name", account.get(UserAccount_.displayName),
                "email", account.get(UserAccount_.email),
                "joinedAt", account.get(UserAccount_.createdAt));
        Expression<?> sortBy = request.sortField() == null ? account.get(UserAccount_.displayName)
                : sortable.getOrDefault(request.sortField(), account.get(UserAccount_.displayName));
        query.orderBy(request.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(student.get(Student_.id)));
    }

    @Override
    protected List<StudentRow> rows(List<Object[]> rows) {
        Map<Long, Long> live = new HashMap<>();
        em.createQuery("SELECT e.student.id, COUNT(e) FROM Enrolment e WHERE e.student.id IN :ids"
                + " AND e.liveStudentId IS NOT NULL GROUP BY e.student.id", Object[].class)
                .setParameter("ids", rows.stream().map(r -> r[0]).toList())
                .getResultList().forEach(r -> live.put((Long) r[0], (Long) r[1]));
        return rows.stream().map(r -> new StudentRow((Long) r[0], (String) r[1],
                UserAccount.isNoEmailAddress((String) r[2]) ? null : (String) r[2], (Relation) r[3],
                (OffsetDateTime) r[4], live.getOrDefault((Long) r[0], 0L))).toList();
    }

    @Override
    protected Predicate[] filters(CriteriaBuilder cb, Root<Student> student, PageRequest request) {
        Join<Student, UserAccount> account = joined(student, Student_.account);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isFalse(student.get(Student_.erased)));
        String name = request.containsPattern("name");
        if (name != null) {
            where.add(cb.like(cb.lower(account.get(UserAccount_.displayName)), name, '\\'));
        }
        String email = request.containsPattern("email");
        if (email != null) {
            where.add(cb.like(account.get(UserAccount_.email), email, '\\'));
        }
        return where.toArray(Predicate[]::new);
    }
}
