/**
 * End-of-course feedback: one evaluation per enrolment with an overall rating, free text and optional
 * wellbeing scores. Only a scale's name and numeric totals are stored (WEMWBS 14-70, SWEMWBS 7-35), never
 * the licensed wording of its items.
 */
package org.recoverycollege.evaluation;
