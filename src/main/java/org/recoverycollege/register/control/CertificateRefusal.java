package org.recoverycollege.register.control;

import org.recoverycollege.platform.control.Refusal;

/**
 * A certificate that cannot be had: the place does not exist or is not completed ({@link #notAvailable}),
 * or it is someone else's and the caller does not administer the college ({@link #notYours}).
 */
public class CertificateRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    private final boolean forbidden;

    private CertificateRefusal(String messageKey, boolean forbidden) {
        super(messageKey);
        this.forbidden = forbidden;
    }

    public static CertificateRefusal notAvailable() {
        return new CertificateRefusal("certificates.notAvailable", false);
    }

    public static CertificateRefusal notYours() {
        return new CertificateRefusal("certificates.notYours", true);
    }

    /** Whether the answer is "forbidden" (403) rather than "not found" (404). */
    public boolean isForbidden() {
        return forbidden;
    }
}
