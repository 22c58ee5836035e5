package org.recoverycollege.platform.entity;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.catalogue.entity.Category;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.DeliveryMode;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.planning.entity.Venue;

/** Small, valid entities for plain unit tests, and the id a database would give them. */
public final class EntityFixtures {

    public static final OffsetDateTime NOW = OffsetDateTime.of(2026, 9, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private EntityFixtures() {
    }

    /** Gives an entity the id that persisting it would (JPA assigns ids; entities have no setter). */
    public static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Course course(String title, int sessions) {
        return new Course(title, "A course about " + title, new Category("mental-health", "Mental health", null),
                sessions, 120, DeliveryMode.IN_PERSON);
    }

    public static Term autumnTerm() {
        return new Term("Autumn 2026", LocalDate.of(2026, 9, 14), LocalDate.of(2026, 12, 18),
                LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 10), LocalDate.of(2026, 10, 30));
    }

    public static CourseRun run(int capacity) {
        return new CourseRun(course("Understanding Anxiety", 5), autumnTerm(),
                new Venue("Adult Education Centre", "1 High Street", "AB1 2CD", false, null), capacity);
    }

    public static UserAccount account(String email) {
        return new UserAccount(email, "Sam", NOW);
    }
}
