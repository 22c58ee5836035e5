package org.recoverycollege.pairing.entity;

/** A solve runs, then finishes by itself, is stopped by an administrator, or fails (or its server went away). */
public enum PairingJobStatus {
    RUNNING,
    FINISHED,
    STOPPED,
    FAILED
}
