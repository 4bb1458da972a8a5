package org.sitrep.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.CorpusLinks;
import org.sitrep.model.Removal;
import org.sitrep.model.Span;

/**
 * Writes an {@link Analysis} as the JSON document of output-schema.md (schemaVersion "1"). Field
 * order is fixed, so the same analysis always gives the same bytes. Thread-safe.
 */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    private AnalysisJson() {
    }

    /** The shared mapper (records serialise in declaration order). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode toTree(Analysis a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", a.schemaVersion());
        root.set("article", article(a.article()));
        root.set("entities", MAPPER.valueToTree(a.entities()));
        root.set("times", MAPPER.valueToTree(a.times()));
        root.set("attributions", MAPPER.valueToTree(a.attributions()));
        root.set("events", MAPPER.valueToTree(a.events()));
        root.set("mainEvent", a.mainEvent() == null ? MAPPER.nullNode() : MAPPER.valueToTree(a.mainEvent()));
        if (a.corpus() != null) {
            root.set("corpus", corpus(a.corpus()));
        }
        root.set("diagnostics", MAPPER.valueToTree(a.diagnostics()));
        root.set("provenance", MAPPER.valueToTree(a.provenance()));
        return root;
    }

    /** The {@code corpus} object of output-schema.md. */
    public static ObjectNode corpus(CorpusLinks c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("story", c.story());
        o.put("duplicateOf", c.duplicateOf());
        o.set("copyOf", MAPPER.valueToTree(c.copyOf()));
        ObjectNode events = o.putObject("events");
        c.events().forEach((id, e) -> events.putObject(id).put("independentSources", e.independentSources())
                .put("contradicted", e.contradicted()));
        return o;
    }

    private static ObjectNode article(CleanArticle c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        o.put("contentHash", c.contentHash());
        o.put("headline", c.headline());
        o.put("publisher", c.publisher());
        o.put("url", c.url());
        o.put("language", c.language());
        o.set("authors", MAPPER.valueToTree(c.authors()));
        o.put("published", c.published() == null ? null : c.published().toString());
        o.put("publishedBasis", c.publishedBasis().name());
        o.put("text", c.text());
        ArrayNode paragraphs = o.putArray("paragraphs");
        for (Span p : c.paragraphs()) {
            paragraphs.addObject().put("begin", p.begin()).put("end", p.end());
        }
        ArrayNode removed = o.putArray("removed");
        for (Removal r : c.removed()) {
            removed.addObject().put("kind", r.kind().name()).put("text", r.text());
        }
        return o;
    }

    /** One line of JSON (for jsonl). */
    public static String toLine(Analysis a) {
        return write(toTree(a), false);
    }

    /** Indented JSON (for json). */
    public static String toPretty(Analysis a) {
        return write(toTree(a), true);
    }

    private static String write(JsonNode node, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) : MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise analysis", e);
        }
    }

    /** A JSON array of analyses, indented. */
    public static String toPrettyArray(List<Analysis> analyses) {
        ArrayNode arr = MAPPER.createArrayNode();
        analyses.forEach(a -> arr.add(toTree(a)));
        return write(arr, true);
    }
}
