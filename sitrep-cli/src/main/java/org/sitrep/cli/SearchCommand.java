package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.store.SearchHit;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep search "text"}: full-text search over the stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search over headlines and texts (Lucene query syntax on the DuckDB store).")
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "TEXT", description = "What to look for.")
    String text;

    @Option(names = "--limit", defaultValue = "10", description = "At most this many articles.")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.openForReading()) {
            var hits = s.search(text, Math.max(1, limit));
            for (SearchHit h : hits) {
                var a = h.article();
                out.printf(Locale.ROOT, "%6.2f  %s  %s%s%n        %s%n", h.score(), a.published() == null ? "          " : a.published(),
                        a.publisher() == null ? "" : a.publisher() + ": ", a.headline() == null ? a.id() : a.headline(), h.snippet());
            }
            out.println(hits.size() + " article(s)");
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep search: " + e.getMessage());
            return Main.PARTIAL;
        }
    }
}
