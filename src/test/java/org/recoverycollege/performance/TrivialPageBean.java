package org.recoverycollege.performance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The benchmark's yardstick: the CDI bean of a Faces page with one output text and nothing else. */
@Named
@RequestScoped
public class TrivialPageBean {

    public String getText() {
        return "Hello from a trivial Faces page";
    }
}
