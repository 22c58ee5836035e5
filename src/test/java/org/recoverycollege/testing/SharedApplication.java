package org.recoverycollege.testing;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment the integration tests of a Failsafe execution share: a Payara Micro starts once
 * for all of them instead of once per test class (about 20 s each), through the Arquillian suite
 * extension, which arquillian.xml points here with {@code recoverycollege.it.shared-deployment}.
 * It holds the WAR, the in-container test classes with what they use inside the server (AssertJ, their
 * fixtures) and the browser tests' fixture servlets. The moving-clock executions deploy RunLifecycleIT's
 * own instead: its MovableClock replaces the application's clock for everything deployed beside it.
 */
public final class SharedApplication {

    /** Named, not referenced: the test classes are package-private in their features' packages. */
    static final List<String> TEST_CLASSES_IN_THE_SERVER = List.of(
            "org.recoverycollege.catalogue.control.CourseTranslationsIT",
            "org.recoverycollege.enrolment.control.EnrolmentServiceIT",
            "org.recoverycollege.planning.control.AdministrationIT",
            "org.recoverycollege.planning.control.LargeCollege",
            "org.recoverycollege.platform.entity.PersistenceIT",
            "org.recoverycollege.tutoring.TutorScreensIT",
            "org.recoverycollege.tutoring.ActingCaller",
            "org.recoverycollege.tutoring.TutorWorld",
            "org.recoverycollege.evaluation.web.FeedbackFixtureServlet",
            "org.recoverycollege.pairing.web.PairingFixtureServlet",
            "org.recoverycollege.tutoring.TutorFixtureServlet");

    private SharedApplication() {
    }

    @Deployment
    static WebArchive application() {
        WebArchive archive = Deployments.application().addPackages(true, "org.assertj.core");
        TEST_CLASSES_IN_THE_SERVER.forEach(archive::addClass);
        return archive;
    }
}
