package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.server.CorpusJson;
import org.sitrep.store.EventRow;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.TimelineDay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep timeline --entity NAME}: an entity's events day by day. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "An entity's events day by day (the day's event count, up to five events a day, best sourced first)"
                + " and the articles that mention it.")
public final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--entity", required = true, description = "A name, CAMEO actor code or identity key.")
    String entity;

    /** Events shown by default (the day counts cover every day regardless). */
    static final int DEFAULT_LIMIT = 100;

    @Option(names = "--limit", defaultValue = "" + DEFAULT_LIMIT, description = "At most this many events in all"
            + " (up to five a day, oldest day first; default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
    EventOutput.Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.openForReading()) {
            List<TimelineDay> days = s.timeline(entity, limit);
            switch (format) {
                case table -> {
                    for (TimelineDay d : days) {
                        long more = d.eventCount() - d.events().size();
                        out.println(d.day() + (d.eventCount() == 0 ? "" : "  " + d.eventCount() + " event"
                                + (d.eventCount() == 1 ? "" : "s") + (more > 0 ? " (" + more + " more not shown)" : "")));
                        for (var a : d.articles()) {
                            out.printf("  article  %s%s%n", a.publisher() == null ? "" : a.publisher() + ": ",
                                    a.headline() == null ? a.id() : a.headline());
                        }
                        for (EventRow r : d.events()) {
                            out.printf("  %-10s %s → %s  (%d source%s%s)%n", r.ploverType(), name(r.actor1Name()),
                                    name(r.actor2Name()), r.numSources(), r.numSources() == 1 ? "" : "s",
                                    r.contradicted() ? ", contradicted" : "");
                        }
                    }
                    out.println(days.size() + " day(s)");
                }
                case json -> {
                    var arr = CorpusJson.timeline(days);
                    for (int i = 0; i < days.size(); i++) {
                        ((com.fasterxml.jackson.databind.node.ObjectNode) arr.get(i)).put("eventCount", days.get(i).eventCount());
                    }
                    out.println(arr.toPrettyString());
                }
                case csv -> EventOutput.csv(out, days.stream().flatMap(d -> d.events().stream()).toList());
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep timeline: " + e.getMessage());
            return Main.PARTIAL;
        }
    }

    private static String name(String s) {
        return s == null ? "?" : s;
    }
}
