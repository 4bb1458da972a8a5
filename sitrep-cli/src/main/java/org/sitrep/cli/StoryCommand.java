package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoryView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep story ID}: a story's articles and events. */
@Command(name = "story", mixinStandardHelpOptions = true, description = "A story: its articles (oldest first) and events.")
public final class StoryCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID", description = "A story id (as in an article's corpus.story, e.g. s12).")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.openForReading()) {
            Optional<StoryView> story = s.story(id);
            if (story.isEmpty()) {
                spec.commandLine().getErr().println("sitrep story: no story " + id + " in " + s.describe());
                return Main.PARTIAL;
            }
            StoryView v = story.get();
            out.println("story " + v.id() + " (" + (v.first() == null ? "?" : v.first()) + " – "
                    + (v.last() == null ? "?" : v.last()) + "), " + v.articles().size() + " article(s)");
            for (ArticleSummary a : v.articles()) {
                out.println("  " + (a.published() == null ? "          " : a.published()) + "  "
                        + (a.publisher() == null ? "" : a.publisher() + ": ") + (a.headline() == null ? a.id() : a.headline())
                        + (a.duplicateOf() == null ? "" : "  [copy of " + a.duplicateOf() + "]"));
            }
            out.println();
            EventOutput.table(out, v.events());
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep story: " + e.getMessage());
            return Main.PARTIAL;
        }
    }
}
