package org.recoverycollege.evaluation.web;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.recoverycollege.evaluation.entity.Evaluation;
import org.recoverycollege.evaluation.entity.Rating;
import org.recoverycollege.evaluation.entity.WellbeingScale;

/** What the feedback form asks: the rating, two free texts and the wellbeing scores at the start and the end. */
public class FeedbackForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Rating rating;
    @Size(max = Evaluation.TEXT_MAX, message = "{input.tooLong}")
    private String whatHelped;
    @Size(max = Evaluation.TEXT_MAX, message = "{input.tooLong}")
    private String couldBeBetter;
    private WellbeingScale scale;
    private Integer before;
    private Integer after;

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public String getWhatHelped() {
        return whatHelped;
    }

    public void setWhatHelped(String whatHelped) {
        this.whatHelped = whatHelped;
    }

    public String getCouldBeBetter() {
        return couldBeBetter;
    }

    public void setCouldBeBetter(String couldBeBetter) {
        this.couldBeBetter = couldBeBetter;
    }

    public WellbeingScale getScale() {
        return scale;
    }

    public void setScale(WellbeingScale scale) {
        this.scale = scale;
    }

    public Integer getBefore() {
        return before;
    }

    public void setBefore(Integer before) {
        this.before = before;
    }

    public Integer getAfter() {
        return after;
    }

    public void setAfter(Integer after) {
        this.after = after;
    }
}
