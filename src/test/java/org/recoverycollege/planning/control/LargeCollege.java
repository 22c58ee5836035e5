package org.recoverycollege.planning.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.recoverycollege.testing.incontainer.Transactions;

/**
 * Generates a large college in PostgreSQL with set-based SQL: a past term of 200 completed runs of five
 * sessions, 10,000 students and 50,000 enrolments (five each; a fifth of each run's 250 still confirmed). Everything is named
 * with the suffix, and the term ended years ago, so other tests and the prospectus never see it.
 */
final class LargeCollege {

    private LargeCollege() {
    }

    static long generate(Transactions tx, String suffix) {
        return tx.call(em -> {
            long term = ((Number) em.createNativeQuery("INSERT INTO term (id, version, name, starts_on, ends_on,"
                    + " prospectus_on, enrolment_opens, enrolment_closes) VALUES (nextval('entity_id_seq'), 0, ?,"
                    + " DATE '2020-01-06', DATE '2020-03-27', DATE '2019-11-01', DATE '2019-11-01', DATE '2020-01-20')"
                    + " RETURNING id").setParameter(1, "Benchmark " + suffix).getSingleResult()).longValue();
            em.createNativeQuery("INSERT INTO course_run (id, version, course_id, term_id, venue_id, capacity,"
                    + " confirmed_count, status) SELECT nextval('entity_id_seq'), 0, c.id, ?, (SELECT MIN(id) FROM venue),"
                    + " 250, 50, 'COMPLETED' FROM generate_series(1, 200) g"
                    + " JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, COUNT(*) OVER () AS total FROM course) c"
                    + " ON c.n = g % c.total").setParameter(1, term).executeUpdate();
            em.createNativeQuery("INSERT INTO course_session (id, version, run_id, sequence_no, session_date, starts_at,"
                    + " ends_at, cancelled) SELECT nextval('entity_id_seq'), 0, r.id, g, DATE '2020-01-06' + (g - 1) * 7,"
                    + " TIME '10:00', TIME '12:00', FALSE FROM course_run r CROSS JOIN generate_series(1, 5) g"
                    + " WHERE r.term_id = ?").setParameter(1, term).executeUpdate();
            em.createNativeQuery("INSERT INTO user_account (id, version, email, display_name, preferred_language, active,"
                    + " created_at) SELECT nextval('entity_id_seq'), 0, 'bench-' || ? || '-' || g || '@example.test',"
                    + " 'Bench Student ' || g, 'en', TRUE, TIMESTAMP WITH TIME ZONE '2020-01-01 10:00:00+00'"
                    + " + g * INTERVAL '1 minute' FROM generate_series(1, 10000) g").setParameter(1, suffix).executeUpdate();
            em.createNativeQuery("INSERT INTO student (id, version, account_id, relation, contact_by_email,"
                    + " contact_by_phone, erased) SELECT nextval('entity_id_seq'), 0, a.id, 'OTHER', TRUE, FALSE, FALSE"
                    + " FROM user_account a WHERE a.email LIKE ?").setParameter(1, "bench-" + suffix + "-%").executeUpdate();
            em.createNativeQuery("INSERT INTO enrolment (id, version, student_id, run_id, status, live_student_id,"
                    + " requested_at, status_changed_at)"
                    + " SELECT nextval('entity_id_seq'), 0, s.id, r.id, CASE WHEN (s.k / 40) % 5 = 0 THEN 'CONFIRMED'"
                    + " ELSE 'COMPLETED' END, CASE WHEN (s.k / 40) % 5 = 0 THEN s.id END, TIMESTAMP WITH TIME ZONE '2019-12-01 10:00:00+00' + s.k * INTERVAL '1 second',"
                    + " TIMESTAMP WITH TIME ZONE '2020-03-27 10:00:00+00'"
                    + " FROM (SELECT st.id, row_number() OVER (ORDER BY st.id) AS k FROM student st JOIN user_account a"
                    + "       ON a.id = st.account_id WHERE a.email LIKE ?) s"
                    + " CROSS JOIN generate_series(0, 4) j"
                    + " JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM course_run WHERE term_id = ?) r"
                    + "   ON r.n = (s.k * 5 + j) % 200")
                    .setParameter(1, "bench-" + suffix + "-%").setParameter(2, term).executeUpdate();
            em.createNativeQuery("ANALYZE").executeUpdate();
            return term;
        });
    }

    /** Keeps the figures next to the build's other reports. */
    static void writeReport(String report) {
        try {
            Path file = Path.of(System.getProperty("recoverycollege.benchmark.dir", "target"), "admin-tables-benchmark.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
        } catch (IOException e) {
            System.out.println("Could not write the benchmark report: " + e.getMessage());
        }
    }
}
