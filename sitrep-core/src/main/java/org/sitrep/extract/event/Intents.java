package org.sitrep.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.factuality.DependencyView;

/**
 * Recodes an actor's stated future act as CAMEO/PLOVER do: "X will visit Y" is an expression of
 * intent (AGREE), "X would boycott Z" a threat (THREATEN), from {@code org/sitrep/event/intent-codes.tsv}.
 * Predictions by others ("is expected to", "is set to") are not recoded. Immutable, thread-safe.
 */
final class Intents {
    private static final String RESOURCE = "/org/sitrep/event/intent-codes.tsv";
    private static final Set<String> FUTURE_MODALS = Set.of("will", "would", "shall", "'ll", "'d", "wo");
    private final Map<String, String[]> codes;

    private Intents(Map<String, String[]> codes) {
        this.codes = codes;
    }

    static Intents shipped() {
        Map<String, String[]> map = new HashMap<>();
        try (InputStream in = Intents.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    String[] f = line.split("\\s+");
                    map.put(f[0], new String[] {f[1], f[2]});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Intents(map);
    }

    /** Recodes the draft when its verb carries will/would/shall and its type has an intent code. */
    void apply(Draft d) {
        String[] code = codes.get(d.type);
        if (code == null || !d.view.isVerb(d.token) || !futureModal(d.view, d.token)) {
            return;
        }
        d.type = code[0];
        d.cameo = code[1];
        d.mode = null;
    }

    private static boolean futureModal(DependencyView v, int t) {
        for (int c : v.children(t)) {
            if (v.relation(c).startsWith("aux") && FUTURE_MODALS.contains(v.word(c))) {
                return true;
            }
        }
        return false;
    }
}
