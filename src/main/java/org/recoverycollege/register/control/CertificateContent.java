package org.recoverycollege.register.control;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a certificate of attendance says: the person's name, the course's title in the certificate's
 * language, the run's first and last session, sessions attended out of those held, the certificate's number
 * and the date it was (last) issued.
 */
public record CertificateContent(String name, String courseTitle, LocalDate firstSession, LocalDate lastSession,
        long attended, long held, String code, LocalDate issuedOn, Locale locale) {
}
