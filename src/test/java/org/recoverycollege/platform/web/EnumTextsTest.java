package org.recoverycollege.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverycollege.catalogue.entity.CourseStatus;
import org.recoverycollege.catalogue.entity.DeliveryMode;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.SupportNeed;
import org.recoverycollege.evaluation.entity.Rating;
import org.recoverycollege.evaluation.entity.WellbeingScale;
import org.recoverycollege.involvement.entity.PaymentKind;
import org.recoverycollege.planning.control.ProspectusFilter;
import org.recoverycollege.planning.entity.AccessFeature;
import org.recoverycollege.planning.entity.Recurrence;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.register.entity.AttendanceMark;
import org.recoverycollege.tutoring.entity.Arrangement;
import org.recoverycollege.tutoring.entity.AssignmentStatus;
import org.recoverycollege.tutoring.entity.Expertise;

/**
 * Pages name enum values through the bundle ({@code msg['Setting.'.concat(s)]}); a value without its key
 * shows as {@code ???Setting.X???}. Every value of every enum a page shows has its text (the parity test
 * then makes sure every language has it too).
 */
class EnumTextsTest {

    static Stream<Arguments> enumsShownOnPages() {
        return Stream.of(
                Arguments.of("AccessFeature.", AccessFeature.class),
                Arguments.of("tutor.access.", AccessFeature.class),
                Arguments.of("Arrangement.", Arrangement.class),
                Arguments.of("involvement.arrangement.", Arrangement.class),
                Arguments.of("AssignmentStatus.", AssignmentStatus.class),
                Arguments.of("CourseStatus.", CourseStatus.class),
                Arguments.of("DeliveryMode.", DeliveryMode.class),
                Arguments.of("EnrolmentStatus.", EnrolmentStatus.class),
                Arguments.of("Expertise.", Expertise.class),
                Arguments.of("pairing.role.", Expertise.class),
                Arguments.of("Rating.", Rating.class),
                Arguments.of("Recurrence.", Recurrence.class),
                Arguments.of("Relation.", Relation.class),
                Arguments.of("RunStatus.", RunStatus.class),
                Arguments.of("Setting.", Setting.class),
                Arguments.of("SupportNeed.", SupportNeed.class),
                Arguments.of("tutor.need.", SupportNeed.class),
                Arguments.of("TimeOfDay.", ProspectusFilter.TimeOfDay.class),
                Arguments.of("WellbeingScale.", WellbeingScale.class),
                Arguments.of("register.mark.", AttendanceMark.class),
                Arguments.of("involvement.kind.", PaymentKind.class),
                Arguments.of("day.", DayOfWeek.class),
                Arguments.of("tutor.day.", DayOfWeek.class),
                Arguments.of("pairing.days.", DayOfWeek.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enumsShownOnPages")
    void everyValueHasItsText(String prefix, Class<? extends Enum<?>> type) {
        ResourceBundle texts = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
        List<String> missing = new ArrayList<>();
        for (Enum<?> value : type.getEnumConstants()) {
            if (!texts.containsKey(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
        assertTrue(missing.isEmpty(), "no text for " + missing);
    }
}
