package org.recoverycollege.platform.control;

import java.util.List;

/** A table that is read a page at a time: how many rows match, and one page of them. */
public interface PagedQuery<T> {

    long count(PageRequest request);

    List<T> page(PageRequest request);
}
