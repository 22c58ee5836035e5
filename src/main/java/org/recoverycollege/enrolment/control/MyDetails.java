package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import java.util.Set;
import org.recoverycollege.enrolment.entity.SupportNeed;

/** What a student keeps in "my details": support and communication needs, contact preferences, language. */
public record MyDetails(String name, Set<SupportNeed> needs, String otherNeeds, boolean contactByEmail,
        boolean contactByPhone, String phone, String language) implements Serializable {
}
