package org.recoverycollege.pairing.control;

/** A pairing action refused for a reason the administrator can act on; the message is a bundle key. */
public class PairingException extends org.recoverycollege.platform.control.Refusal {

    private static final long serialVersionUID = 1L;

    public PairingException(String messageKey) {
        super(messageKey);
    }
}
