package org.sitrep.clean;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.RawArticle;
import org.sitrep.model.Span;

/** Walking-skeleton cleaner: paragraphs split on blank lines, the first is the headline. Thread-safe. */
public final class NewsCleaner implements Cleaner {
    @Override
    public CleanArticle clean(RawArticle raw, LocalDate givenPublished) {
        String src = raw.main() != null ? raw.main() : raw.content();
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        for (String para : src.split("\\n\\s*\\n")) {
            String p = para.strip().replaceAll("\\s+", " ");
            if (p.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            paragraphs.add(new Span(text.length(), text.length() + p.length()));
            text.append(p);
        }
        String t = text.toString();
        String headline = paragraphs.isEmpty() ? null : paragraphs.get(0).of(t);
        LocalDate published = givenPublished != null ? givenPublished : raw.meta().published();
        PublishedBasis basis = givenPublished != null ? PublishedBasis.GIVEN
                : published != null ? PublishedBasis.METADATA : PublishedBasis.UNKNOWN;
        return new CleanArticle(raw.id(), Ingest.sha256(t.getBytes(StandardCharsets.UTF_8)), headline,
                raw.meta().publisher(), raw.meta().url(), "en", raw.meta().authors(), published, basis, t, paragraphs,
                List.of(), OffsetMap.identity(t.length()), List.of());
    }
}
