package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sitrep.server.CorpusJson;
import org.sitrep.store.EventRow;

/** Prints events as a table for people, JSON or CSV (GDELT-like column names). */
final class EventOutput {
    /** Output formats of the corpus commands. */
    enum Format { table, json, csv }

    private EventOutput() {
    }

    static void print(PrintWriter out, List<EventRow> rows, Format format) {
        switch (format) {
            case table -> table(out, rows);
            case json -> out.println(json(rows).toPrettyString());
            case csv -> csv(out, rows);
        }
        out.flush();
    }

    static void table(PrintWriter out, List<EventRow> rows) {
        out.printf(Locale.ROOT, "%-10s  %-10s %-24s %-24s %7s %5s  %s%n", "day", "type", "actor", "target", "sources",
                "cntr", "source url");
        for (EventRow r : rows) {
            out.printf(Locale.ROOT, "%-10s  %-10s %-24s %-24s %7d %5s  %s%n", r.day() == null ? "?" : r.day(),
                    cut(r.ploverType(), 10), cut(r.actor1Name(), 24), cut(r.actor2Name(), 24), r.numSources(),
                    r.contradicted() ? "yes" : "", r.sourceUrl() == null ? r.articleId() : r.sourceUrl());
        }
        out.println(rows.size() + " event(s)");
    }

    private static String cut(String s, int n) {
        if (s == null) {
            return "-";
        }
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static ArrayNode json(List<EventRow> rows) {
        return CorpusJson.events(rows);
    }

    static void csv(PrintWriter out, List<EventRow> rows) {
        out.print(CorpusJson.csv(rows));
    }
}
