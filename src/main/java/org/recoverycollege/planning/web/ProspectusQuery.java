package org.recoverycollege.planning.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.recoverycollege.catalogue.entity.DeliveryMode;
import org.recoverycollege.planning.control.ProspectusFilter;
import org.recoverycollege.planning.control.ProspectusFilter.TimeOfDay;

/**
 * The prospectus search as GET parameters ({@code q, category, mode, venue, day, time, places, page}).
 * Unknown values are ignored rather than refused: a shared link that has gone stale still shows courses.
 */
public class ProspectusQuery {

    private String q;
    private String category;
    private String mode;
    private String venue;
    private String day;
    private String time;
    private String places;
    private String page;

    public ProspectusFilter toFilter() {
        return new ProspectusFilter(blankToNull(q), blankToNull(category), parse(DeliveryMode.class, mode),
                parseLong(venue), parse(DayOfWeek.class, day), parse(TimeOfDay.class, time), "yes".equals(places));
    }

    /** Any filter is set (the page offers to clear them). */
    public boolean isFiltered() {
        return !toFilter().equals(ProspectusFilter.ANY);
    }

    /** This search's query string with another page number. */
    public String withPage(int newPage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("category", category);
        parameters.put("mode", mode);
        parameters.put("venue", venue);
        parameters.put("day", day);
        parameters.put("time", time);
        parameters.put("places", places);
        parameters.put("page", String.valueOf(newPage));
        return "?" + parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Long parseLong(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException unknown) {
            return null;
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getPlaces() {
        return places;
    }

    public void setPlaces(String places) {
        this.places = places;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /** The page asked for, 1 when none or nonsense. */
    public int pageNumber() {
        Long number = parseLong(page);
        return number == null || number < 1 || number > Integer.MAX_VALUE ? 1 : number.intValue();
    }
}
