package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Removal;

/** The pattern tables of the cleaning stage (boilerplate.txt, datelines.txt), loaded once. Immutable. */
final class CleaningRules {
    /** Where a boilerplate line may stand. */
    enum Where { HEAD, TAIL, ANY }

    record LineRule(Where where, Removal.Kind kind, Pattern pattern) {
    }

    /** A dateline found at the start of a paragraph. */
    record Dateline(int length, String publisher, String month, String day, String year) {
    }

    /** Longest line the line rules look at; longer lines are article text. */
    private static final int MAX_RULE_LINE = 300;

    private final List<LineRule> lineRules = new ArrayList<>();
    private final List<Pattern> datelines = new ArrayList<>();

    CleaningRules() {
        for (String line : Resources.lines("boilerplate.txt")) {
            String[] parts = line.split(" ", 3);
            lineRules.add(new LineRule(Where.valueOf(parts[0]), Removal.Kind.valueOf(parts[1]), Pattern.compile(parts[2])));
        }
        for (String line : Resources.lines("datelines.txt")) {
            datelines.add(Pattern.compile(line));
        }
    }

    /** The kind of boilerplate this whole line is at that place, or null. */
    Removal.Kind boilerplate(String line, Where where) {
        if (line.length() > MAX_RULE_LINE) {
            return null;
        }
        for (LineRule r : lineRules) {
            if (r.where() == where && r.pattern().matcher(line).matches()) {
                return r.kind();
            }
        }
        return null;
    }

    /** The dateline at the start of a paragraph, or null. */
    Dateline dateline(String paragraph) {
        String head = paragraph.length() > 200 ? paragraph.substring(0, 200) : paragraph;
        for (Pattern p : datelines) {
            Matcher m = p.matcher(head);
            if (!m.lookingAt()) {
                continue;
            }
            String publisher = group(m, "publisher");
            String place = group(m, "place");
            if (publisher == null && (place == null || m.group("dash").equals("-"))) {
                continue;
            }
            if (m.end() >= paragraph.length()) {
                continue;
            }
            return new Dateline(m.end(), publisher == null ? null : publisher.strip(), group(m, "month"), group(m, "day"),
                    group(m, "year"));
        }
        return null;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
