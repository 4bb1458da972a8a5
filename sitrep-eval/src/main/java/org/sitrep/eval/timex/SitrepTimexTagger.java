package org.sitrep.eval.timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.Annotator;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.extract.time.TimeExtractor;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Sitrep's time extractor on a plain text, after the given annotator (the evaluation uses the
 * model-free {@link org.sitrep.annotate.SimpleAnnotator}; its time is part of what is measured).
 * The text is used as is (no cleaning), so that offsets match the gold. Thread-safe.
 */
public final class SitrepTimexTagger implements TimexTagger {
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n[ \\t]*[^\\s][^\\n]*)*");
    private final Annotator annotator;
    private final TimeExtractor extractor = new TimeExtractor();

    public SitrepTimexTagger(Annotator annotator) {
        this.annotator = annotator;
    }

    @Override
    public List<Timex> tag(String text, LocalDate creationDate) {
        CleanArticle article = article(text, creationDate);
        ExtractionContext context = new ExtractionContext(annotator.annotate(article));
        extractor.extract(context);
        List<Timex> out = new ArrayList<>();
        for (TimeExpression t : context.times()) {
            out.add(new Timex(t.begin(), t.end(), t.type().name(), t.value()));
        }
        return out;
    }

    /** A clean article over the text as is: paragraphs at blank lines. */
    public static CleanArticle article(String text, LocalDate published) {
        List<Span> paragraphs = new ArrayList<>();
        Matcher m = PARAGRAPH.matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) {
                paragraphs.add(new Span(m.start(), m.end()));
            }
        }
        return new CleanArticle("eval", Integer.toHexString(text.hashCode()), null, null, null, "en", List.of(),
                published, published == null ? PublishedBasis.UNKNOWN : PublishedBasis.GIVEN, text, paragraphs,
                List.of(), OffsetMap.identity(text.length()), List.of());
    }
}
