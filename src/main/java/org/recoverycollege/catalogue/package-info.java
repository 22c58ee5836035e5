/**
 * The course catalogue: courses, their categories and what each course is about (summary, easy-read
 * summary, outcomes, audience, format). A course is drafted, made active to be scheduled, and retired
 * when it leaves the catalogue; its slug names it in web addresses and stays stable when it is retitled.
 */
package org.recoverycollege.catalogue;
