package org.sitrep.server;

import java.util.Optional;
import java.util.function.Supplier;
import org.sitrep.Sitrep;

/** Loads the NLP engine on a background thread so that the server answers at once ("warming-up" meanwhile). */
public final class EngineLoader {
    /** Where loading stands. */
    public enum State { WARMING_UP, READY, FAILED }

    private volatile Sitrep engine;
    private volatile String failure;

    private EngineLoader() {
    }

    /** Starts loading in a daemon thread. */
    public static EngineLoader start(Supplier<Sitrep> supplier) {
        EngineLoader l = new EngineLoader();
        Thread t = new Thread(() -> {
            try {
                l.engine = supplier.get();
            } catch (RuntimeException | Error e) {
                l.failure = String.valueOf(e);
            }
        }, "sitrep-engine-loader");
        t.setDaemon(true);
        t.start();
        return l;
    }

    /** An engine that is already loaded. */
    public static EngineLoader ready(Sitrep sitrep) {
        EngineLoader l = new EngineLoader();
        l.engine = sitrep;
        return l;
    }

    public State state() {
        return engine != null ? State.READY : failure != null ? State.FAILED : State.WARMING_UP;
    }

    public Optional<Sitrep> engine() {
        return Optional.ofNullable(engine);
    }

    public String failure() {
        return failure;
    }
}
