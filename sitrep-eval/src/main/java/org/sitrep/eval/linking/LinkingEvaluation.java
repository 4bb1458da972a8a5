package org.sitrep.eval.linking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.kb.KbEntry;
import org.sitrep.kb.KnowledgeBase;
import org.sitrep.model.EntityType;

/**
 * Entity-linking evaluation on an ELEVANT-style benchmark (JSON Lines: text, labels with span and
 * entity_id, a Wikidata QID or "&lt;NIL&gt;"), with gold mentions given: each mention's text is
 * linked through the knowledge base (places resolved by the countries the document mentions, then
 * population) to the entry's checked Wikidata QID. accuracy = correct QIDs / non-NIL gold mentions;
 * nilAccuracy = mentions left unlinked / NIL gold mentions; coverage = non-NIL gold mentions whose
 * QID is in the knowledge base at all. Stateless.
 */
public final class LinkingEvaluation {
    /** The figures. */
    public record Result(int documents, int mentions, int inKb, int correct, int nil, int nilCorrect, int covered) {
        public double accuracy() {
            return inKb == 0 ? 0 : (double) correct / inKb;
        }

        public double nilAccuracy() {
            return nil == 0 ? 0 : (double) nilCorrect / nil;
        }

        public double coverage() {
            return inKb == 0 ? 0 : (double) covered / inKb;
        }
    }

    private LinkingEvaluation() {
    }

    public static Result run(Path jsonl, KnowledgeBase kb, int limit) throws IOException {
        ObjectMapper m = new ObjectMapper();
        java.util.Set<String> known = new java.util.HashSet<>();
        for (KbEntry e : kb.entries()) {
            if (e.wikidata() != null) {
                known.add(e.wikidata());
            }
        }
        int docs = 0;
        int mentions = 0;
        int inKb = 0;
        int correct = 0;
        int nil = 0;
        int nilCorrect = 0;
        int covered = 0;
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null && (limit <= 0 || docs < limit); line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                docs++;
                JsonNode d = m.readTree(line);
                String text = d.path("text").asText();
                List<String> surfaces = new ArrayList<>();
                List<String> gold = new ArrayList<>();
                for (JsonNode l : d.path("labels")) {
                    int b = l.path("span").get(0).asInt();
                    int e = l.path("span").get(1).asInt();
                    surfaces.add(text.substring(Math.max(0, b), Math.min(text.length(), e)));
                    String id = l.path("entity_id").asText("");
                    gold.add(id.startsWith("Q") ? id : null);
                }
                Map<String, Integer> context = countryContext(kb, surfaces);
                for (int i = 0; i < surfaces.size(); i++) {
                    mentions++;
                    String predicted = KnowledgeBase.best(kb.lookup(surfaces.get(i)), context).map(KbEntry::wikidata).orElse(null);
                    String g = gold.get(i);
                    if (g == null) {
                        nil++;
                        nilCorrect += predicted == null ? 1 : 0;
                    } else {
                        inKb++;
                        correct += g.equals(predicted) ? 1 : 0;
                        covered += known.contains(g) ? 1 : 0;
                    }
                }
            }
        }
        return new Result(docs, mentions, inKb, correct, nil, nilCorrect, covered);
    }

    private static Map<String, Integer> countryContext(KnowledgeBase kb, List<String> surfaces) {
        Map<String, Integer> counts = new HashMap<>();
        for (String s : surfaces) {
            for (KnowledgeBase.Name n : kb.lookup(s)) {
                if (n.entry().type() == EntityType.COUNTRY && n.entry().country() != null) {
                    counts.merge(n.entry().country(), 1, Integer::sum);
                    break;
                }
            }
        }
        return counts;
    }
}
