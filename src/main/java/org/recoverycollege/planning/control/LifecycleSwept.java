package org.recoverycollege.planning.control;

import java.time.LocalDateTime;

/**
 * The run lifecycle's sweep finished a round on this instance (outside any transaction), so that features above
 * planning can do their own time-driven work on the same schedule, such as ending waiting-list offers whose
 * time is up. Every instance fires it; observers must be safe when all of them act at once.
 *
 * @param at the college time of the round
 */
public record LifecycleSwept(LocalDateTime at) {
}
