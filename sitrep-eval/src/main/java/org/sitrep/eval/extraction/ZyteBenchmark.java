package org.sitrep.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The Zyte article-extraction benchmark's layout: {@code html/PAGE.html.gz}, {@code ground-truth.json}
 * ({@code {PAGE: {"articleBody": …, "url": …}}}) and {@code output/NAME.json} (other extractors'
 * bodies, either {@code {PAGE: {"articleBody": …}}} or wrapped as {@code {"version": …, "output": {…}}}).
 */
public final class ZyteBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page of the ground truth. */
    public record Page(String id, String url, String articleBody) {
    }

    private final Path dir;
    private final List<Page> pages;

    private ZyteBenchmark(Path dir, List<Page> pages) {
        this.dir = dir;
        this.pages = List.copyOf(pages);
    }

    /** Reads the ground truth of the folder (pages sorted by id). */
    public static ZyteBenchmark open(Path dir) throws IOException {
        Path gt = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(gt)) {
            throw new IOException(dir + ": no ground-truth.json (expected the Zyte benchmark layout)");
        }
        JsonNode root = JSON.readTree(gt.toFile());
        Map<String, Page> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sorted.put(e.getKey(), new Page(e.getKey(), e.getValue().path("url").asText(null),
                    e.getValue().path("articleBody").asText("")));
        }
        return new ZyteBenchmark(dir, new ArrayList<>(sorted.values()));
    }

    public List<Page> pages() {
        return pages;
    }

    /** The page's raw bytes (gunzipped). */
    public byte[] html(String id) throws IOException {
        Path gz = dir.resolve("html").resolve(id + ".html.gz");
        if (Files.isRegularFile(gz)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(dir.resolve("html").resolve(id + ".html"));
    }

    /** Other extractors' bodies by name (file name without .json), then by page id. */
    public Map<String, Map<String, String>> otherOutputs() throws IOException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Path o = dir.resolve("output");
        if (!Files.isDirectory(o)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(o)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            JsonNode root = JSON.readTree(f.toFile());
            if (root.has("output") && root.has("version")) {
                root = root.get("output");
            }
            Map<String, String> bodies = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                bodies.put(e.getKey(), e.getValue().path("articleBody").asText(""));
            }
            String name = f.getFileName().toString();
            out.put(name.substring(0, name.length() - ".json".length()), bodies);
        }
        return out;
    }
}
