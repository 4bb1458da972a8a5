package org.sitrep.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.json.AnalysisJson;
import org.sitrep.model.ArticleMeta;

/** An article's input metadata as a small JSON object (for reanalysis). */
final class MetaJson {
    private MetaJson() {
    }

    static String write(ArticleMeta m) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.put("id", m.id());
        o.put("headline", m.headline());
        o.put("publisher", m.publisher());
        o.put("url", m.url());
        o.put("published", m.published() == null ? null : m.published().toString());
        o.put("language", m.language());
        m.authors().forEach(o.putArray("authors")::add);
        return o.toString();
    }

    static ArticleMeta read(String json) {
        if (json == null) {
            return ArticleMeta.EMPTY;
        }
        try {
            JsonNode o = AnalysisJson.mapper().readTree(json);
            List<String> authors = new ArrayList<>();
            if (o.has("authors")) {
                o.get("authors").forEach(a -> authors.add(a.asText()));
            }
            String published = text(o, "published");
            return new ArticleMeta(text(o, "id"), text(o, "headline"), text(o, "publisher"), text(o, "url"),
                    published == null ? null : LocalDate.parse(published), text(o, "language"), authors);
        } catch (IOException | RuntimeException e) {
            return ArticleMeta.EMPTY;
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
