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
        description = "An entity's events day by day (up to five per day, best sourced first) and the articles that mention it.")
public final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--entity", required = true, description = "A name, CAMEO actor code or identity key.")
    String entity;

    @Option(names = "--limit", defaultValue = "500", description = "At most this many events.")
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
                        out.println(d.day());
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
                case json -> out.println(CorpusJson.timeline(days).toPrettyString());
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
