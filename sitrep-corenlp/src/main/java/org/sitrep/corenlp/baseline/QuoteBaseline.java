package org.sitrep.corenlp.baseline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.model.Span;

/**
 * CoreNLP's quote attribution ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}) as the
 * comparison anchor of the attribution evaluation: each quote with the mention CoreNLP names as its
 * speaker. Slow (coreference); thread-safe.
 */
public final class QuoteBaseline {
    /** One quote: its span (with the marks) and the speaker mention's span, or null when none was named. */
    public record AttributedQuote(Span quote, Span mention, String speaker) {
    }

    private final StanfordCoreNLP pipeline;

    public QuoteBaseline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        this.pipeline = new StanfordCoreNLP(p);
    }

    public List<AttributedQuote> quotes(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<AttributedQuote> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            Span quote = new Span(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            Span mention = null;
            if (mb != null && me != null && mb >= 0 && me < tokens.size() && mb <= me) {
                mention = new Span(tokens.get(mb).beginPosition(), tokens.get(me).endPosition());
            }
            out.add(new AttributedQuote(quote, mention, q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)));
        }
        return out;
    }
}
