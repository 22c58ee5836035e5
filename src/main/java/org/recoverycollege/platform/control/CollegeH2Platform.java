package org.recoverycollege.platform.control;

import java.io.IOException;
import java.io.Writer;
import org.eclipse.persistence.platform.database.H2Platform;

/**
 * EclipseLink's H2 platform, printing boolean literals as {@code TRUE} and {@code FALSE}. EclipseLink 4.0's
 * {@link H2Platform} inherits the generic {@code 1}/{@code 0}, which H2 2.x refuses to compare with a BOOLEAN
 * column ("Values of types BOOLEAN and INTEGER are not comparable"), so every JPQL or criteria query with
 * {@code = TRUE}, {@code = FALSE}, {@code isTrue()} or {@code isFalse()} failed on the default database.
 * {@link H2PlatformCustomizer} puts it in place when EclipseLink detects H2.
 */
public class CollegeH2Platform extends H2Platform {

    private static final long serialVersionUID = 1L;

    @Override
    protected void appendBoolean(Boolean bool, Writer writer) throws IOException {
        writer.write(Boolean.TRUE.equals(bool) ? "TRUE" : "FALSE");
    }
}
