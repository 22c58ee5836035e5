package org.recoverycollege.pairing.control;

import java.io.Serializable;

/** A term in the board's term selector. */
public record TermChoice(long id, String name) implements Serializable {
}
