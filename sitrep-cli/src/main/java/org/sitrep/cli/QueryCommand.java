package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep query events …}: GDELT-style event queries over a store. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Queries a store.",
        subcommands = {QueryCommand.Events.class, CommandLine.HelpCommand.class})
public final class QueryCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code query events}. */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Events matching filters, newest first, with their number of independent sources.")
    public static final class Events implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        StoreOption store;

        @Option(names = "--actor", description = "An actor's name, CAMEO actor code or identity key (case-insensitive).")
        String actor;

        @Option(names = "--target", description = "A target's name, code or identity key.")
        String target;

        @Option(names = "--type", description = "PLOVER type (ASSAULT, CONSULT, …) or CAMEO code.")
        String type;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.")
        String to;

        @Option(names = "--min-sources", defaultValue = "0", description = "At least this many independent sources.")
        int minSources;

        @Option(names = "--limit", defaultValue = "100", description = "At most this many events.")
        int limit;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
        EventOutput.Format format;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            LocalDate f;
            LocalDate t;
            try {
                f = from == null ? null : LocalDate.parse(from);
                t = to == null ? null : LocalDate.parse(to);
            } catch (DateTimeParseException e) {
                err.println("sitrep query events: --from/--to must be dates (YYYY-MM-DD): " + e.getParsedString());
                return Main.USAGE;
            }
            if (limit < 1) {
                err.println("sitrep query events: --limit must be at least 1");
                return Main.USAGE;
            }
            try (Store s = store.openForReading()) {
                EventOutput.print(spec.commandLine().getOut(), s.events(new EventQuery(actor, target, type, f, t, minSources, limit)),
                        format);
                return 0;
            } catch (StoreException e) {
                err.println("sitrep query events: " + e.getMessage());
                return Main.PARTIAL;
            }
        }
    }
}
