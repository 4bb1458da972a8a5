package org.sitrep.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org JSON-LD blocks of a page ({@code <script type="application/ld+json">}), including
 * arrays and {@code @graph} containers, and picks the article object: the first object whose
 * {@code @type} is an article type (NewsArticle and its subtypes, Article, BlogPosting, Report…),
 * preferring one with a headline. {@code @id} references of author and publisher are resolved.
 * Broken JSON is skipped. Stateless and thread-safe.
 */
final class JsonLd {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE).build();
    private static final int MAX_SCRIPT_CHARS = 2 << 20;
    private static final int MAX_OBJECTS = 5000;
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "asknewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting", "report", "techarticle",
            "scholarlyarticle", "socialmediaposting", "satiricalarticle");

    /** The fields of the article object that the extractor uses; any may be null or empty. */
    record Article(String type, String headline, String datePublished, String dateModified, List<String> authors,
                   String publisher, String articleBody, String url, String language) {
    }

    private JsonLd() {
    }

    /** The page's article object, or null when there is none. */
    static Article article(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            try {
                flatten(JSON.readTree(data.strip()), objects);
            } catch (Exception e) {
                // Broken JSON-LD is common; the page's other signals still apply.
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode o : objects) {
            String id = o.path("@id").asText("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, o);
            }
        }
        JsonNode best = null;
        for (JsonNode o : objects) {
            if (isArticle(o) && (best == null || !best.hasNonNull("headline") && o.hasNonNull("headline"))) {
                best = o;
            }
        }
        if (best == null) {
            return null;
        }
        return new Article(firstType(best), text(best.get("headline")), text(best.get("datePublished")),
                text(best.get("dateModified")), names(best.get("author"), byId), first(names(best.get("publisher"), byId)),
                text(best.get("articleBody")), url(best), text(best.get("inLanguage")));
    }

    private static void flatten(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty() && out.size() < MAX_OBJECTS) {
            JsonNode n = todo.poll();
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                out.add(n);
                JsonNode graph = n.get("@graph");
                if (graph != null) {
                    todo.add(graph);
                }
                JsonNode main = n.get("mainEntity");
                if (main != null && main.isObject()) {
                    todo.add(main);
                }
            }
        }
    }

    private static boolean isArticle(JsonNode o) {
        JsonNode t = o.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (ARTICLE_TYPES.contains(x.asText("").toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(t.asText("").toLowerCase(java.util.Locale.ROOT));
    }

    private static String firstType(JsonNode o) {
        JsonNode t = o.get("@type");
        return t == null ? null : t.isArray() ? (t.size() > 0 ? t.get(0).asText() : null) : t.asText();
    }

    private static String url(JsonNode o) {
        String u = text(o.get("url"));
        if (u == null) {
            JsonNode m = o.get("mainEntityOfPage");
            u = m == null ? null : m.isObject() ? first(text(m.get("@id")), text(m.get("url"))) : text(m);
        }
        return u != null && u.startsWith("http") ? u : null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String first(List<String> l) {
        return l.isEmpty() ? null : l.get(0);
    }

    /** A non-blank string value (first element of an array), else null. */
    static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.size() == 0 ? null : text(n.get(0));
        }
        if (!n.isValueNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> names(JsonNode n, Map<String, JsonNode> byId) {
        Set<String> out = new LinkedHashSet<>();
        if (n == null) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(items::add);
        } else {
            items.add(n);
        }
        for (JsonNode item : items) {
            if (item.isTextual()) {
                String s = item.asText().strip();
                if (!s.isEmpty() && !s.startsWith("http")) {
                    out.add(s);
                }
            } else if (item.isObject()) {
                JsonNode resolved = item;
                if (!item.has("name") && item.has("@id")) {
                    resolved = byId.getOrDefault(item.get("@id").asText(), item);
                }
                String name = text(resolved.get("name"));
                if (name != null) {
                    out.add(name);
                }
            }
        }
        return List.copyOf(out);
    }
}
