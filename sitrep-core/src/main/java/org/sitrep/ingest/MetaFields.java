package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.model.ArticleMeta;

/**
 * Reads article metadata from a JSON object (a sidecar file or a JSON Lines record). Each field
 * accepts a few common names, the first present wins: id; url; headline|title; published|date;
 * publisher|source; language; authors (an array of strings or one string). Dates are
 * {@code YYYY-MM-DD} or an ISO date-time whose date part is taken. Unknown fields are ignored.
 */
final class MetaFields {
    private MetaFields() {
    }

    /**
     * @param problem receives a message for each field that has an unusable value
     */
    static ArticleMeta read(JsonNode o, Consumer<String> problem) {
        String published = string(o, "published", "date");
        LocalDate date = null;
        if (published != null) {
            date = parseDate(published);
            if (date == null) {
                problem.accept("published date '" + abbreviate(published) + "' is not YYYY-MM-DD; ignored");
            }
        }
        return new ArticleMeta(string(o, "id"), string(o, "headline", "title"), string(o, "publisher", "source"),
                string(o, "url"), date, string(o, "language"), authors(o.get("authors")));
    }

    /** The first of the named fields that holds a non-blank scalar, as text; else null. */
    static String string(JsonNode o, String... names) {
        for (String n : names) {
            JsonNode v = o.get(n);
            if (v != null && v.isValueNode() && !v.isNull()) {
                String s = v.asText().strip();
                if (!s.isEmpty()) {
                    return s;
                }
            }
        }
        return null;
    }

    static LocalDate parseDate(String s) {
        String d = s.strip();
        if (d.length() > 10 && d.charAt(10) == 'T' || d.length() > 10 && d.charAt(10) == ' ') {
            d = d.substring(0, 10);
        }
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> authors(JsonNode a) {
        List<String> out = new ArrayList<>();
        if (a == null || a.isNull()) {
            return out;
        }
        if (a.isArray()) {
            for (JsonNode n : a) {
                if (n.isValueNode() && !n.asText().isBlank()) {
                    out.add(n.asText().strip());
                }
            }
        } else if (a.isValueNode() && !a.asText().isBlank()) {
            out.add(a.asText().strip());
        }
        return out;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
