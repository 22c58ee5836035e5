package org.recoverycollege.platform.web;

import java.util.Map;
import java.util.Optional;

/**
 * A feature's way to tell people, on the page a redirect led to, what their action did, read from the
 * database (for instance {@code /my/?enrolled=<id>} reads that enrolment of the signed-in person).
 * Asked on every full page request; answers empty when its parameter is absent or not the person's own.
 * Implementations are {@code @ApplicationScoped}: {@link NoticeListener} looks them up once.
 */
public interface NoticeSource {

    Optional<Notice> noticeFor(Map<String, String> requestParameters);
}
