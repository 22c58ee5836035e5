package org.recoverycollege.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;
import org.recoverycollege.enrolment.control.EnrolmentRefused;
import org.recoverycollege.pairing.control.PairingException;

/** The refusal an action threw is found however the container wrapped it; anything else goes on. */
class RefusalExceptionHandlerTest {

    @Test
    void findsTheRefusalBehindFacesElAndTransactionWrappers() {
        EnrolmentRefused refused = new EnrolmentRefused("enrolment.refused.full");
        Throwable wrapped = new FacesException(new ELException(new TransactionalException("rolled back", refused)));

        assertThat(RefusalExceptionHandler.refusalIn(wrapped)).isSameAs(refused);
    }

    @Test
    void findsAPairingRefusalBehindAnEjbException() {
        PairingException refused = new PairingException("pairing.changedMeanwhile");

        assertThat(RefusalExceptionHandler.refusalIn(new EJBException(refused))).isSameAs(refused);
    }

    @Test
    void leavesOtherFailuresToTheErrorPage() {
        Throwable failure = new FacesException(new ELException(new IllegalStateException("broken")));

        assertThat(RefusalExceptionHandler.refusalIn(failure)).isNull();
    }
}
