/**
 * Co-facilitator pairing: a Timefold planning model ({@code domain}, plain Java, no JPA) that gives every
 * run one peer trainer and one professional trainer under hard rules (trained, free, in one place at a time,
 * within the weekly maximum) and weighted preferences; the board where administrators solve, explain,
 * adjust and publish. Published (offered or accepted) assignments are pinned: solving never changes them,
 * and a finished solve is stored as proposed assignments, so no result lives only in one server's memory.
 */
package org.recoverycollege.pairing;
