package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep demo}: the main job on the bundled sample — ingests MEANTIME's Wikinews articles
 * into the store (idempotent: a second run stores nothing twice), prints a few briefs, then serves
 * the web UI on the store until interrupted.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled sample (MEANTIME's Wikinews articles, CC BY 4.0) into the store, "
                + "prints a few briefs and serves the web UI (Ctrl-C stops it).")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--sample", description = "The sample folder (default: sample/wikinews in the Sitrep home).")
    Path sample;

    @Option(names = "--briefs", defaultValue = "2", description = "How many sample briefs to print (default: ${DEFAULT-VALUE}).")
    int briefs;

    @Option(names = "--no-serve", description = "Stop after the ingest and the briefs instead of serving the web UI.")
    boolean noServe;

    @Option(names = "--port", defaultValue = "8080", description = "Port of the web UI (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        Path dir = sample != null ? sample : Path.of(System.getProperty("sitrep.home", ".")).resolve("sample/wikinews");
        if (!Files.isDirectory(dir)) {
            System.err.println("sitrep demo: sample folder " + dir + " not found");
            return Main.PARTIAL;
        }
        String threads = String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors()));
        int ingested = Main.run("ingest", dir.toString(), "--store", store.location, "--threads", threads);
        if (ingested != 0) {
            return ingested;
        }
        if (briefs > 0) {
            List<String> args = new ArrayList<>(List.of("analyze"));
            Inputs.expand(List.of(dir)).stream().limit(briefs).map(Path::toString).forEach(args::add);
            Main.run(args.toArray(String[]::new));
        }
        if (noServe) {
            return 0;
        }
        return Main.run("serve", "--store", store.location, "--port", String.valueOf(port));
    }
}
