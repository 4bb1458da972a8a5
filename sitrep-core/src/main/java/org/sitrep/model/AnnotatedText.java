package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/** The output of the NLP port: sentences with tokens and parses, and NER mentions. */
public record AnnotatedText(CleanArticle article, List<Sentence> sentences, List<NerMention> mentions,
                            List<Diagnostic> diagnostics) implements java.io.Serializable {
    public AnnotatedText {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        diagnostics = List.copyOf(diagnostics);
    }

    public String text() {
        return article.text();
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }
}
