package org.sitrep.eval.plover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;

/**
 * Scores event coding against the PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt, version
 * 0.5b1): each record's sentence is analysed as a one-sentence article; Sitrep's answer is the
 * article's main event (else its first coded event). Old type names are compared through
 * DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT. An actor (target) matches
 * when one of the event's actor (target) entities has a name or mention that overlaps a gold
 * source (target) actor text, case-insensitively.
 */
public final class PloverEvaluation {
    private static final Map<String, String> OLD_TO_NEW = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    private PloverEvaluation() {
    }

    /** One gold record. */
    public record Gold(String id, String text, String type, List<String> sources, List<String> targets) {
    }

    /** One scored record. */
    public record Outcome(Gold gold, String type, boolean typeOk, boolean actorOk, boolean targetOk) {
    }

    /** The figures. */
    public record Result(int records, double typeAccuracy, int withTargets, double actorAccuracy, double targetAccuracy,
                         List<Outcome> outcomes) {
    }

    public static List<Gold> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(java.nio.file.Files.readString(file, StandardCharsets.UTF_8));
        List<Gold> out = new ArrayList<>();
        for (JsonNode r : root) {
            String event = r.path("event").asText("");
            if (event.isEmpty() || event.equals("DOCUMENT") || !r.hasNonNull("text")) {
                continue;
            }
            out.add(new Gold(r.path("id").asText(), r.get("text").asText(), OLD_TO_NEW.getOrDefault(event, event),
                    actors(r.get("source")), actors(r.get("target"))));
        }
        return out;
    }

    private static List<String> actors(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            for (JsonNode a : n) {
                String t = a.path("actorText").asText("");
                if (!t.isBlank()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    public static Result score(List<Gold> golds, Function<String, Analysis> analyze) {
        List<Outcome> outcomes = new ArrayList<>();
        int types = 0;
        int actors = 0;
        int targets = 0;
        int withTargets = 0;
        for (Gold g : golds) {
            Analysis a = analyze.apply(g.text());
            Event e = answer(a);
            String type = e == null ? "NONE" : e.type();
            boolean typeOk = type.equals(g.type());
            boolean actorOk = e != null && matches(a, e.actors(), g.sources());
            boolean targetOk = e != null && matches(a, e.targets(), g.targets());
            types += typeOk ? 1 : 0;
            actors += actorOk ? 1 : 0;
            if (!g.targets().isEmpty()) {
                withTargets++;
                targets += targetOk ? 1 : 0;
            }
            outcomes.add(new Outcome(g, type, typeOk, actorOk, targetOk));
        }
        int n = golds.size();
        return new Result(n, ratio(types, n), withTargets, ratio(actors, n), ratio(targets, withTargets), outcomes);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    /** The main event, else the first coded event, else the first event, else null. */
    static Event answer(Analysis a) {
        if (a.mainEvent() != null) {
            for (Event e : a.events()) {
                if (e.id().equals(a.mainEvent().event())) {
                    return e;
                }
            }
        }
        for (Event e : a.events()) {
            if (!e.type().equals("STATEMENT")) {
                return e;
            }
        }
        return a.events().isEmpty() ? null : a.events().get(0);
    }

    private static boolean matches(Analysis a, List<String> ids, List<String> gold) {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : a.entities()) {
            byId.put(e.id(), e);
        }
        for (String id : ids) {
            Entity e = byId.get(id);
            List<String> names = new ArrayList<>();
            if (e != null) {
                names.add(e.name());
                e.mentions().stream().map(Mention::text).forEach(names::add);
            }
            for (String name : names) {
                String n = name.toLowerCase(Locale.ROOT);
                for (String g : gold) {
                    String gl = g.toLowerCase(Locale.ROOT);
                    if (!n.isBlank() && (gl.contains(n) || n.contains(gl))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
