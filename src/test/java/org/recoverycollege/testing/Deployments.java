package org.recoverycollege.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.recoverycollege.testing.incontainer.Transactions;

/**
 * The one deployment every integration test uses: the WAR the build just packaged (so tests run the
 * real artifact), named ROOT.war to be served at "/", plus the in-container test helpers. Arquillian
 * adds the test class itself.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("recoverycollege.it.war", "target/ROOT.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class)
                .addPackage(Transactions.class.getPackage());
    }
}
