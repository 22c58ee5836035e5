package org.recoverycollege.pairing.web;

import java.io.Serializable;

/** The pair chosen by hand for one run on the pairing board: a peer and a professional trainer, or nobody. */
public class PairChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long peerId;
    private Long professionalId;

    public PairChoice() {
    }

    PairChoice(Long peerId, Long professionalId) {
        this.peerId = peerId;
        this.professionalId = professionalId;
    }

    public Long getPeerId() {
        return peerId;
    }

    public void setPeerId(Long peerId) {
        this.peerId = peerId;
    }

    public Long getProfessionalId() {
        return professionalId;
    }

    public void setProfessionalId(Long professionalId) {
        this.professionalId = professionalId;
    }
}
