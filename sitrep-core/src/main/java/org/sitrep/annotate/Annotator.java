package org.sitrep.annotate;

import java.util.List;
import java.util.Set;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CleanArticle;

/**
 * The NLP port: tokens, sentences, tags, NER mentions and dependency parses for a cleaned article.
 * Implementations are thread-safe: one instance, loaded once, serves every thread.
 */
public interface Annotator {
    /** Annotates the article's cleaned text. Problems with the text become diagnostics. */
    AnnotatedText annotate(CleanArticle article);

    /** What {@link #annotate} fills in. */
    Set<Capability> provides();

    /** A short description for provenance, e.g. "corenlp 4.5.10 tokenize,ssplit,pos,lemma,ner(crf),depparse". */
    String description();

    /** The models it uses, for provenance. */
    List<String> models();
}
