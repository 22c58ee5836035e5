package org.recoverycollege.platform.web;

import java.util.Map;
import org.omnifaces.util.Faces;

/** Numbers from the address (bookmarkable filters and record ids), without f:metadata. */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** The current request's parameter as a number, or null when it is missing or not a number. */
    public static Long number(String name) {
        return number(Faces.getRequestParameterMap(), name);
    }

    /** The parameter as a number, or null when it is missing or not a number. */
    public static Long number(Map<String, String> parameters, String name) {
        String text = parameters.get(name);
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The {@code page} parameter of a paged list, counted from 1; 1 when it is missing or out of range. */
    public static int pageNumber() {
        Long asked = number("page");
        return asked == null || asked < 1 || asked > Integer.MAX_VALUE ? 1 : asked.intValue();
    }
}
