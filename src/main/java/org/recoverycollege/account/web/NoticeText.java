package org.recoverycollege.account.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A version of the privacy notice as a page shows it: its number, publication date and paragraphs. */
public record NoticeText(int version, LocalDate publishedOn, List<String> paragraphs, boolean current)
        implements Serializable {
}
