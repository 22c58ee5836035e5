package org.recoverycollege.catalogue.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CourseTest {

    private final Category category = new Category("understanding", "Understanding mental health", null);

    private Course course(String title) {
        return new Course(title, "Summary", category, 5, 120, DeliveryMode.BLENDED);
    }

    @Test
    void makesSlugsOfLowerCaseAsciiWordsJoinedByHyphens() {
        assertThat(Course.slugOf("Understanding Anxiety")).isEqualTo("understanding-anxiety");
        assertThat(Course.slugOf("Wellness Recovery Action Planning (WRAP)"))
                .isEqualTo("wellness-recovery-action-planning-wrap");
        assertThat(Course.slugOf("  Supporting Someone You’re Caring For!  ")).isEqualTo("supporting-someone-youre-caring-for");
        assertThat(Course.slugOf("Café & Crème: Mindfulness")).isEqualTo("cafe-and-creme-mindfulness");
        assertThat(Course.slugOf("x".repeat(100))).hasSize(80);
        assertThatThrownBy(() -> Course.slugOf("!!!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewCourseIsADraftWithASlugFromItsTitle() {
        Course course = course("Living with Psychosis");

        assertThat(course.getSlug()).isEqualTo("living-with-psychosis");
        assertThat(course.getStatus()).isEqualTo(CourseStatus.DRAFT);
        course.retitle("Living Well with Psychosis");
        assertThat(course.getSlug()).isEqualTo("living-with-psychosis");
    }

    @Test
    void isActivatedAndRetiredOnce() {
        Course course = course("WRAP");

        course.activate();
        assertThat(course.isActive()).isTrue();
        assertThatThrownBy(course::activate).isInstanceOf(IllegalStateException.class);
        course.retire();
        assertThat(course.getStatus()).isEqualTo(CourseStatus.RETIRED);
        assertThatThrownBy(course::retire).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAFormatOutsideTheSchemasRanges() {
        assertThatThrownBy(() -> new Course("T", "S", category, 0, 60, DeliveryMode.ONLINE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Course("T", "S", category, 53, 60, DeliveryMode.ONLINE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Course("T", "S", category, 5, 14, DeliveryMode.ONLINE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Course("T", "S", category, 5, 481, DeliveryMode.ONLINE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesItselfOrACycleAsPrerequisite() {
        Course first = course("First Steps");
        Course second = course("Next Steps");
        second.requirePrerequisite(first);

        assertThatThrownBy(() -> first.requirePrerequisite(first)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> first.requirePrerequisite(second)).isInstanceOf(IllegalArgumentException.class);
        assertThat(first.getPrerequisite()).isNull();
        assertThat(second.getPrerequisite()).isSameAs(first);
    }
}
