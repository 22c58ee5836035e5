package org.recoverycollege.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A new Arquillian test that runs inside the server fails there with a missing class unless it is deployed. */
class SharedApplicationTest {

    @Test
    void everyArquillianTestThatRunsInsideTheServerIsInTheSharedDeployment() {
        List<String> insideTheServer = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.recoverycollege").stream()
                .filter(SharedApplicationTest::isArquillianTest)
                .filter(test -> !test.isAnnotatedWith(RunAsClient.class))
                // a test with a deployment of its own (the moving clock's) is deployed alone
                .filter(test -> test.getMethods().stream().noneMatch(method -> method.isAnnotatedWith(Deployment.class)))
                .map(JavaClass::getName)
                .toList();

        assertThat(insideTheServer).isNotEmpty();
        assertThat(SharedApplication.TEST_CLASSES_IN_THE_SERVER).containsAll(insideTheServer);
    }

    private static boolean isArquillianTest(JavaClass test) {
        return test.isAnnotatedWith(ExtendWith.class)
                && Arrays.asList(test.reflect().getAnnotation(ExtendWith.class).value()).contains(ArquillianExtension.class);
    }
}
