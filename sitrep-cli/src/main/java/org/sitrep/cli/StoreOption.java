package org.sitrep.cli;

import org.sitrep.store.Store;
import org.sitrep.store.Stores;
import picocli.CommandLine.Option;

/** The {@code --store} option every corpus command takes. */
final class StoreOption {
    @Option(names = "--store", defaultValue = Stores.DEFAULT, paramLabel = "DIR|postgresql://…",
            description = "The store: a folder for the embedded DuckDB store, or a PostgreSQL URL (default: ${DEFAULT-VALUE}).")
    String location;

    Store openForReading() {
        return Stores.open(location, true);
    }

    Store openForWriting() {
        return Stores.open(location, false);
    }
}
