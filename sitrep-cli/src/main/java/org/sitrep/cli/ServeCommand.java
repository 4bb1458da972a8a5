package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.server.EngineLoader;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the REST API and web UI on a store; the NLP models load in the background. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the REST API (/api, /openapi.json, /docs) and the web UI on a store.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "8080", description = "Port (0 picks a free one; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.LOOPBACK,
            description = "Address to bind (default: ${DEFAULT-VALUE}); any non-loopback address requires --token.")
    String host;

    @Option(names = "--token", description = "Bearer token every request must carry (required off loopback).")
    String token;

    @Option(names = "--max-body", defaultValue = "1048576", description = "Largest request body in bytes (default: ${DEFAULT-VALUE}).")
    int maxBody;

    @Option(names = "--rate", defaultValue = "600", description = "Requests per minute per client address (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--fetch-urls", description = "Let POST /api/analyze and /api/ingest fetch ?fetch=URL (public addresses only; off by default).")
    boolean fetchUrls;

    @Option(names = "--read-only", description = "Open the store for queries only (POST /api/ingest then fails).")
    boolean readOnly;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, token, maxBody, rate, fetchUrls);
        } catch (IllegalArgumentException e) {
            err.println("sitrep serve: " + e.getMessage());
            return Main.USAGE;
        }
        Store s;
        try {
            s = readOnly ? store.openForReading() : store.openForWriting();
        } catch (StoreException e) {
            err.println("sitrep serve: " + e.getMessage());
            return Main.PARTIAL;
        }
        EngineLoader engine = EngineLoader.start(Engines::standard);
        SitrepServer server = SitrepServer.start(s, engine, config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
            stopped.countDown();
        }, "sitrep-serve-shutdown"));
        err.println("sitrep serve: " + server.url() + "/ on " + s.describe() + " (NLP models loading in the background;"
                + " GET /api/health says 'ready' when done). Ctrl-C stops.");
        err.flush();
        stopped.await();
        return 0;
    }
}
