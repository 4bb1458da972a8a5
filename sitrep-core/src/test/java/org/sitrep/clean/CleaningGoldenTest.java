package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.RawArticle;
import org.sitrep.model.Removal;

/**
 * Golden files: each article in test resources org/sitrep/clean/golden (MEANTIME Wikinews texts,
 * CC BY, and made-up wire-shaped articles), read with its sidecar and cleaned, must give exactly
 * its NAME.golden.json (headline, publisher, dates, language, text, removals). Regenerate after a
 * deliberate change with {@code -Dsitrep.golden.update=true} and review the diff.
 */
class CleaningGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    static Stream<Path> articles() throws Exception {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    private static Path dir() throws URISyntaxException {
        return Path.of(CleaningGoldenTest.class.getResource("golden").toURI());
    }

    @ParameterizedTest
    @MethodSource("articles")
    void cleansAsRecorded(Path article) throws Exception {
        List<RawArticle> raws = new ArrayList<>();
        new Ingest().read(article, raws::add);
        RawArticle raw = raws.get(0);
        CleanArticle a = new NewsCleaner(CLOCK).clean(raw, null);
        NewsCleanerTest.assertMapped(raw, a);
        String actual = JSON.writeValueAsString(summary(a)) + "\n";
        String name = article.getFileName().toString().replaceFirst("\\.txt$", ".golden.json");
        if (Boolean.getBoolean("sitrep.golden.update")) {
            Path source = Path.of("src/test/resources/org/sitrep/clean/golden").resolve(name);
            Files.writeString(source, actual, StandardCharsets.UTF_8);
        }
        Path golden = article.resolveSibling(name);
        assertThat(golden).as("golden file (run with -Dsitrep.golden.update=true to create it)").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static ObjectNode summary(CleanArticle a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("headline", a.headline());
        o.put("publisher", a.publisher());
        o.put("url", a.url());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("publishedBasis", a.publishedBasis().name());
        o.put("language", a.language());
        o.putPOJO("authors", a.authors());
        o.put("paragraphs", a.paragraphs().size());
        var removed = o.putArray("removed");
        for (Removal r : a.removed()) {
            removed.addObject().put("kind", r.kind().name()).put("text", r.text());
        }
        var diagnostics = o.putArray("diagnostics");
        a.diagnostics().forEach(d -> diagnostics.add(d.severity() + " " + d.message().replaceAll("^.*/golden/", "")));
        o.put("text", a.text());
        return o;
    }
}
