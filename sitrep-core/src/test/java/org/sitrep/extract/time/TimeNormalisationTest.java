package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.annotate.SimpleAnnotator;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/** Table-driven normalisation cases (normalisation.txt), run on the model-free annotator. */
class TimeNormalisationTest {
    private static final TimeExtractor EXTRACTOR = new TimeExtractor();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TimeNormalisationTest.class.getResourceAsStream("normalisation.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" \\| ");
                out.add(Arguments.of(f[0].trim(), f[1].trim(), f[2].trim()));
            }
        }
        return out.stream();
    }

    @org.junit.jupiter.api.Test
    void reportsAnImpossibleDate() {
        String text = "The vote was held on February 30, 2020.";
        ExtractionContext context = context(text, LocalDate.of(2021, 3, 10));
        EXTRACTOR.extract(context);
        assertThat(context.times()).isEmpty();
        assertThat(context.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("February 30, 2020"));
    }

    private static ExtractionContext context(String text, LocalDate published) {
        CleanArticle article = new CleanArticle("t", "h", null, null, null, "en", List.of(), published,
                published == null ? PublishedBasis.UNKNOWN : PublishedBasis.GIVEN, text, List.of(new Span(0, text.length())),
                List.of(), OffsetMap.identity(text.length()), List.of());
        return new ExtractionContext(new SimpleAnnotator().annotate(article));
    }

    static List<TimeExpression> tag(String text, LocalDate published) {
        ExtractionContext context = context(text, published);
        EXTRACTOR.extract(context);
        return context.times();
    }

    @ParameterizedTest(name = "{0} | {1} | {2}")
    @MethodSource("cases")
    void normalises(String anchor, String sentence, String expectations) {
        List<TimeExpression> times = tag(sentence, anchor.equals("-") ? null : LocalDate.parse(anchor));
        for (String e : expectations.split(";")) {
            String x = e.trim();
            if (x.equals("none")) {
                assertThat(times).as("no time expression in '%s'", sentence).isEmpty();
            } else if (x.startsWith("!")) {
                String text = x.substring(1);
                int b = sentence.indexOf(text);
                assertThat(times).as("nothing tagged over '%s'", text)
                        .noneMatch(t -> t.begin() < b + text.length() && b < t.end());
            } else {
                String[] kv = x.split(" = ");
                String[] want = kv[1].trim().split(" ");
                assertThat(times).as("times of '%s'", sentence).anySatisfy(t -> {
                    assertThat(t.text()).isEqualTo(kv[0].trim());
                    assertThat(t.type().name()).isEqualTo(want[0]);
                    assertThat(t.value()).isEqualTo(want[1]);
                    if (want.length > 2) {
                        assertThat(t.beginPoint()).isEqualTo(want[2]);
                        assertThat(t.endPoint()).isEqualTo(want[3]);
                    }
                });
            }
        }
    }
}
